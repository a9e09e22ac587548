-- V57: a new table declares the constraint up front, and one created in the same file may get it later
SET lock_timeout = '5s';
CREATE TABLE IF NOT EXISTS room_holds (room_id bigint NOT NULL, during tstzrange NOT NULL,
    EXCLUDE USING gist (room_id WITH =, during WITH &&));
CREATE TABLE IF NOT EXISTS desk_holds (desk_id bigint NOT NULL, during tstzrange NOT NULL);
ALTER TABLE desk_holds DROP CONSTRAINT IF EXISTS desk_holds_no_overlap;
ALTER TABLE desk_holds ADD CONSTRAINT desk_holds_no_overlap EXCLUDE USING gist (desk_id WITH =, during WITH &&) WHERE (NOT isempty(during));
