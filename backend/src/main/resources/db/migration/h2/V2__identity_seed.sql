-- Standard roles and their permissions (org.onecard.identity.Permissions and Roles).
-- Written as plain INSERT ... SELECT so the same statements run on every dialect.

INSERT INTO role (code, name) VALUES ('ADMIN', '系统管理员');
INSERT INTO role (code, name) VALUES ('FINANCE', '财务');
INSERT INTO role (code, name) VALUES ('CASHIER', '卡务出纳');

INSERT INTO role_permission (role_id, permission) SELECT id, 'ledger:verify' FROM role WHERE code = 'ADMIN';
INSERT INTO role_permission (role_id, permission) SELECT id, 'ledger:read' FROM role WHERE code = 'ADMIN';
INSERT INTO role_permission (role_id, permission) SELECT id, 'ledger:adjust' FROM role WHERE code = 'ADMIN';
INSERT INTO role_permission (role_id, permission) SELECT id, 'audit:read' FROM role WHERE code = 'ADMIN';
INSERT INTO role_permission (role_id, permission) SELECT id, 'operator:manage' FROM role WHERE code = 'ADMIN';

INSERT INTO role_permission (role_id, permission) SELECT id, 'ledger:verify' FROM role WHERE code = 'FINANCE';
INSERT INTO role_permission (role_id, permission) SELECT id, 'ledger:read' FROM role WHERE code = 'FINANCE';
INSERT INTO role_permission (role_id, permission) SELECT id, 'audit:read' FROM role WHERE code = 'FINANCE';

INSERT INTO role_permission (role_id, permission) SELECT id, 'ledger:read' FROM role WHERE code = 'CASHIER';
