-- User ${user} sees orders and the view open_orders, but not customers, and may not SHOW VIEW.
GRANT SELECT ON `${db}`.orders TO ${user};
GRANT SELECT ON `${db}`.open_orders TO ${user};
GRANT SELECT ON `${db}`.order_lines TO ${user};
GRANT INSERT ON `${db}`.order_lines TO ${user} WITH GRANT OPTION;
