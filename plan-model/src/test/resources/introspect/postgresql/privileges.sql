-- Role ${role} may read schema "shop" but nothing in schema "secret" except one column of "payroll".
CREATE SCHEMA shop;
CREATE TABLE shop.customers (id int PRIMARY KEY, name text);
CREATE VIEW shop.customer_names AS SELECT name FROM shop.customers;
CREATE TYPE shop.tier AS ENUM ('gold', 'silver');
CREATE SCHEMA secret;
CREATE TABLE secret.payroll (id int PRIMARY KEY, customer_id int REFERENCES shop.customers (id), salary numeric);
CREATE TABLE secret.bonuses (id int PRIMARY KEY, amount numeric CHECK (amount >= 0));
CREATE VIEW secret.salaries AS SELECT id, salary FROM secret.payroll;
CREATE SEQUENCE secret.payslip_numbers;
CREATE FUNCTION secret.raise(amount numeric) RETURNS numeric LANGUAGE sql AS 'SELECT amount * 1.1';
CREATE PROCEDURE secret.close_month() LANGUAGE sql AS 'SELECT 1';
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA shop, secret TO ${role};
GRANT SELECT ON shop.customers TO ${role};
GRANT INSERT ON shop.customers TO ${role} WITH GRANT OPTION;
GRANT SELECT ON shop.customer_names TO ${role};
GRANT SELECT (id) ON secret.payroll TO ${role};
GRANT UPDATE ON SEQUENCE secret.payslip_numbers TO ${role};
-- the default EXECUTE for PUBLIC taken away, and given to one role instead
REVOKE EXECUTE ON FUNCTION secret.raise(numeric) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION secret.raise(numeric) TO ${role};
REVOKE EXECUTE ON PROCEDURE secret.close_month() FROM PUBLIC;
REVOKE USAGE ON TYPE shop.tier FROM PUBLIC;
