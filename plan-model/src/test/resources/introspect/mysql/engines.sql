-- Index types that differ from the storage engine's default must keep their USING clause. USING is written only
-- where it is not the default: information_schema cannot tell a declared default from an omitted one, so the
-- copy would lose the word (not the meaning) and mariadb-dump of original and copy would differ.
CREATE TABLE `Sitzungen` (
    id INT NOT NULL,
    `Benutzer` VARCHAR(40) NOT NULL,
    started DATETIME NOT NULL,
    token CHAR(32) NOT NULL,
    PRIMARY KEY (id) USING BTREE,
    KEY `Benutzer seit` (`Benutzer`, started) USING BTREE,
    UNIQUE KEY sessions_token (token),
    KEY sessions_started (started)
) ENGINE=MEMORY DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- an InnoDB table: BTREE is its default, so its key has no USING
CREATE TABLE lookups (
    id INT NOT NULL PRIMARY KEY,
    k VARCHAR(20) NOT NULL,
    KEY lookups_k (k)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
