-- A SPATIAL key on a NOT NULL geometry column and a FULLTEXT key over two columns, with a foreign key and a
-- view that depend on the table, so that the table failing to create would take them along.
CREATE TABLE `Orte` (
    id INT NOT NULL PRIMARY KEY,
    `Lage` POINT NOT NULL,
    name VARCHAR(100) NOT NULL,
    `Beschreibung` TEXT NULL,
    SPATIAL KEY `Lage räumlich` (`Lage`),
    FULLTEXT KEY places_text (name, `Beschreibung`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE visits (
    id INT NOT NULL PRIMARY KEY,
    place_id INT NOT NULL,
    CONSTRAINT visits_place_fk FOREIGN KEY (place_id) REFERENCES `Orte` (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE VIEW visited_places AS
    SELECT o.id, o.name FROM `Orte` o JOIN visits v ON v.place_id = o.id;
