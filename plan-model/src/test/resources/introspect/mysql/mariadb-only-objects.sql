-- Objects only MariaDB has, self-contained.

-- a LIST partition that takes every other value (DEFAULT), next to one that takes 0. MariaDB
-- describes both as 0 in information_schema.PARTITIONS, so the introspector has to tell them apart.
CREATE TABLE `Regale` (
    id INT NOT NULL,
    shelf INT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci
  PARTITION BY LIST (shelf) (
    PARTITION floor VALUES IN (0),
    PARTITION upper VALUES IN (1, 2),
    PARTITION `alle anderen` DEFAULT
);

-- an aggregate stored function: information_schema does not flag it, only its body tells
DELIMITER //
CREATE AGGREGATE FUNCTION `Summe der Regale`(shelf INT) RETURNS INT
BEGIN
    DECLARE total INT DEFAULT 0;
    DECLARE CONTINUE HANDLER FOR NOT FOUND RETURN total;
    LOOP
        FETCH GROUP NEXT ROW;
        SET total = total + shelf;
    END LOOP;
END//
DELIMITER ;
CREATE VIEW `Regalsumme` AS SELECT `Summe der Regale`(shelf) AS total FROM `Regale`;
