#!/usr/bin/env bash
# Makes sure MariaDB runs on 127.0.0.1:3306 and has the project's users.
#   mariadb.sh test  -> user onecard_test, may create/drop databases named onecard_t_*
#   mariadb.sh app   -> user onecard / database onecard, for `make run DB=mariadb`
set -euo pipefail

if ! command -v mariadbd >/dev/null 2>&1 && [ ! -x /usr/sbin/mariadbd ]; then
  echo "MariaDB is not installed; installing Debian's mariadb-server"
  apt-get update -qq && apt-get install -y -qq mariadb-server >/dev/null
fi

if ! mysqladmin --protocol=tcp -h127.0.0.1 -uroot ping >/dev/null 2>&1; then
  echo "Starting MariaDB"
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
  for _ in $(seq 1 60); do
    mysqladmin --protocol=tcp -h127.0.0.1 -uroot ping >/dev/null 2>&1 && break
    sleep 0.5
  done
fi
mysqladmin --protocol=tcp -h127.0.0.1 -uroot ping >/dev/null

case "${1:-test}" in
  test)
    mysql -uroot <<'SQL'
CREATE USER IF NOT EXISTS 'onecard_test'@'localhost' IDENTIFIED BY 'onecard_test';
CREATE USER IF NOT EXISTS 'onecard_test'@'127.0.0.1' IDENTIFIED BY 'onecard_test';
GRANT ALL PRIVILEGES ON `onecard\_t\_%`.* TO 'onecard_test'@'localhost';
GRANT ALL PRIVILEGES ON `onecard\_t\_%`.* TO 'onecard_test'@'127.0.0.1';
FLUSH PRIVILEGES;
SQL
    echo "MariaDB ready: test user onecard_test, throwaway databases onecard_t_*"
    ;;
  app)
    mysql -uroot <<'SQL'
CREATE DATABASE IF NOT EXISTS onecard CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'onecard'@'localhost' IDENTIFIED BY 'onecard';
CREATE USER IF NOT EXISTS 'onecard'@'127.0.0.1' IDENTIFIED BY 'onecard';
GRANT ALL PRIVILEGES ON onecard.* TO 'onecard'@'localhost';
GRANT ALL PRIVILEGES ON onecard.* TO 'onecard'@'127.0.0.1';
FLUSH PRIVILEGES;
SQL
    echo "MariaDB ready: database onecard, user onecard"
    ;;
esac
