-- Booking locks the capacity_slot rows of the hours it books (latest hour first) instead of a row per store and day
-- from today to the due day, so intakes for different hours and days no longer wait for each other.
drop table capacity_day;
