-- Role ${role} may read schema "shop" but nothing in schema "secret" except one column of "payroll".
CREATE SCHEMA shop;
CREATE TABLE shop.customers (id int PRIMARY KEY, name text);
CREATE SCHEMA secret;
CREATE TABLE secret.payroll (id int PRIMARY KEY, customer_id int REFERENCES shop.customers (id), salary numeric);
CREATE TABLE secret.bonuses (id int PRIMARY KEY, amount numeric CHECK (amount >= 0));
CREATE VIEW secret.salaries AS SELECT id, salary FROM secret.payroll;
CREATE SEQUENCE secret.payslip_numbers;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA shop, secret TO ${role};
GRANT SELECT ON shop.customers TO ${role};
GRANT SELECT (id) ON secret.payroll TO ${role};
