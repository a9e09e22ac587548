-- V63: find the pickup points near a customer
SET SESSION lock_wait_timeout = 5;
ALTER TABLE pickup_points ADD SPATIAL INDEX pickup_points_location_sp (location);
CREATE SPATIAL INDEX pickup_points_area_sp ON pickup_points (area);
