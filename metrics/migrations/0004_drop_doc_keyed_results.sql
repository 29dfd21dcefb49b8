-- 0004: drop the result tables keyed by document (0001), whose rows 0003
-- copied into the tables keyed by output key. Apart from 0003 so that a
-- crash between copy and drop re-runs the copy with its sources still there.
DROP TABLE IF EXISTS {{db}}.documents;
DROP TABLE IF EXISTS {{db}}.pages;
DROP TABLE IF EXISTS {{db}}.chunks;
DROP TABLE IF EXISTS {{db}}.mentions;
DROP TABLE IF EXISTS {{db}}.entities;
DROP TABLE IF EXISTS {{db}}.relationships;
