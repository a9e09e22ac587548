-- Stored routines, views that call them, and a trigger with its own sql_mode; MySQL 8 and MariaDB 10.6+.
-- Names sort so that a script in name order would create a view before the function it calls.
CREATE TABLE `Preis Liste` (
    id INT NOT NULL PRIMARY KEY,
    `Nettopreis` DECIMAL(10,2) NOT NULL,
    code VARCHAR(10) NOT NULL,
    label VARCHAR(40) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- a deterministic function with a non-ASCII, mixed-case name and a parameter name with a space
DELIMITER //
CREATE FUNCTION `zz_Brutto_ü`(net DECIMAL(10,2), `Steuer Satz` DECIMAL(4,2)) RETURNS DECIMAL(10,2)
    DETERMINISTIC NO SQL COMMENT 'net plus tax; rounded'
BEGIN
    RETURN ROUND(net * (1 + `Steuer Satz` / 100), 2);
END//
DELIMITER ;

-- a one-statement function that calls the first one
CREATE FUNCTION standard_gross(net DECIMAL(10,2)) RETURNS DECIMAL(10,2)
    NOT DETERMINISTIC CONTAINS SQL SQL SECURITY INVOKER
    RETURN `zz_Brutto_ü`(net, 19.00);

-- a procedure with IN, OUT and INOUT parameters, one of another character set
DELIMITER //
CREATE PROCEDURE `count prices`(IN min_net DECIMAL(10,2), OUT how_many INT, INOUT note VARCHAR(20) CHARSET latin1)
    READS SQL DATA SQL SECURITY INVOKER
BEGIN
    SELECT COUNT(*) INTO how_many FROM `Preis Liste` WHERE `Nettopreis` >= min_net;
    SET note = CONCAT(note, '!');
END//
DELIMITER ;

-- a view calling the function, and a view of that view with SQL SECURITY INVOKER and an algorithm
CREATE VIEW `a Bruttopreise` AS
    SELECT id, `zz_Brutto_ü`(`Nettopreis`, 7.00) AS brutto FROM `Preis Liste`;
CREATE ALGORITHM=MERGE SQL SECURITY INVOKER VIEW `a Bruttopreise (teuer)` AS
    SELECT id, brutto FROM `a Bruttopreise` WHERE brutto > 100 WITH LOCAL CHECK OPTION;

-- a trigger whose body only means what it says under PIPES_AS_CONCAT: || concatenates instead of OR
SET SESSION sql_mode = 'PIPES_AS_CONCAT,STRICT_TRANS_TABLES,NO_ENGINE_SUBSTITUTION';
CREATE TRIGGER `Preis Liste label` BEFORE INSERT ON `Preis Liste` FOR EACH ROW
SET NEW.label = NEW.code || '-' || standard_gross(NEW.`Nettopreis`);
SET SESSION sql_mode = DEFAULT;
