-- Standard roles and their permissions (org.onecard.identity.Permissions and Roles).
-- N'...' keeps the Chinese names intact whatever the database collation.

INSERT INTO role (code, name) VALUES ('ADMIN', N'系统管理员');
INSERT INTO role (code, name) VALUES ('FINANCE', N'财务');
INSERT INTO role (code, name) VALUES ('CASHIER', N'卡务出纳');

INSERT INTO role_permission (role_id, permission) SELECT id, 'ledger:verify' FROM role WHERE code = 'ADMIN';
INSERT INTO role_permission (role_id, permission) SELECT id, 'ledger:read' FROM role WHERE code = 'ADMIN';
INSERT INTO role_permission (role_id, permission) SELECT id, 'ledger:adjust' FROM role WHERE code = 'ADMIN';
INSERT INTO role_permission (role_id, permission) SELECT id, 'audit:read' FROM role WHERE code = 'ADMIN';
INSERT INTO role_permission (role_id, permission) SELECT id, 'operator:manage' FROM role WHERE code = 'ADMIN';

INSERT INTO role_permission (role_id, permission) SELECT id, 'ledger:verify' FROM role WHERE code = 'FINANCE';
INSERT INTO role_permission (role_id, permission) SELECT id, 'ledger:read' FROM role WHERE code = 'FINANCE';
INSERT INTO role_permission (role_id, permission) SELECT id, 'audit:read' FROM role WHERE code = 'FINANCE';

INSERT INTO role_permission (role_id, permission) SELECT id, 'ledger:read' FROM role WHERE code = 'CASHIER';
