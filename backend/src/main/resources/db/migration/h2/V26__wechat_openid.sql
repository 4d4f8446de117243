-- A cardholder's WeChat openid under our official-account app (H2), learnt by web OAuth
-- (snsapi_base) while signed in as that person, so JSAPI pay inside WeChat needs no second
-- round trip. One per person and app; signing in again through OAuth replaces it. The same
-- WeChat user may pay for several people, so an openid is not unique.
CREATE TABLE wechat_openid (
  person_id  BIGINT        NOT NULL,
  app_id     VARCHAR(32)   NOT NULL,
  openid     VARCHAR(128)  NOT NULL,
  bound_at   TIMESTAMP(6)  NOT NULL,
  PRIMARY KEY (person_id, app_id)
);
