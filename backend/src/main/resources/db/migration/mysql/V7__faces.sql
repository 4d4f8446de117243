-- Face photos (人脸照片) (MySQL / MariaDB).

-- One photo per person, as uploaded (JPEG or PNG, at most 50 KB). face_id is the opaque id
-- face terminals key their templates by; it stays the same when the photo is replaced.
CREATE TABLE person_face (
  person_id     BIGINT       NOT NULL PRIMARY KEY,
  face_id       VARCHAR(16)  NOT NULL,
  content_type  VARCHAR(16)  NOT NULL,
  photo         MEDIUMBLOB   NOT NULL,
  width         INT          NOT NULL,
  height        INT          NOT NULL,
  sha256        CHAR(64)     NOT NULL,
  updated_at    DATETIME(6)  NOT NULL,
  updated_by    BIGINT       NULL,
  CONSTRAINT fk_person_face_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE UNIQUE INDEX uk_person_face_face_id ON person_face (face_id);

-- Face list changes (list_kind 'FACE') name a person, not a card: serial holds the face id.
ALTER TABLE list_change MODIFY card_id BIGINT NULL;
ALTER TABLE list_change ADD person_id BIGINT NULL;
CREATE INDEX ix_list_change_kind ON list_change (list_kind, id);
