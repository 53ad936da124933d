-- The plan list: a plan can be archived (hidden from the list, kept with its runs), and says where its
-- problem came from: a demo dataset's name, an uploaded file's name, or the plan it was re-solved from.
ALTER TABLE plans ADD COLUMN archived BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE plans ADD COLUMN source VARCHAR(200);
