-- A table with a trigger whose body holds several statements: its rendered script needs DELIMITER lines.
CREATE TABLE accounts (
    id INT NOT NULL PRIMARY KEY,
    balance DECIMAL(12,2) NOT NULL,
    flagged TINYINT(1) NOT NULL DEFAULT 0
);
DELIMITER //
CREATE TRIGGER accounts_guard BEFORE UPDATE ON accounts FOR EACH ROW
BEGIN
    IF NEW.balance < 0 THEN
        SET NEW.flagged = 1;
        SET NEW.balance = 0;
    END IF;
END//
DELIMITER ;
