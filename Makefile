# OneCard — a thin door into Maven and npm. `make run` and `make test` are all a newcomer needs.
SHELL := /bin/bash
.DEFAULT_GOAL := help

DB ?= h2
PORT ?= 8080
MVN := mvn -B -ntp
JAR := backend/target/onecard-server.jar
FRONTENDS := web-admin mobile-h5

DBPROFILE_h2 := default
DBPROFILE_mariadb := mariadb
DBPROFILE_sqlserver := sqlserver
ifeq ($(DBPROFILE_$(DB)),)
$(error DB must be h2, mariadb or sqlserver, not '$(DB)')
endif

.PHONY: help run build frontends backend jar test test-db test-backend test-frontend test-e2e test-infra openapi verify backup restore chromium db-mariadb clean bench bench-import bench-terminal bench-driver bench-statement bench-export terminal-sim permission-matrix fault-kill fault-db fuzz

help:
	@echo "make run              build everything and start OneCard on the embedded H2 database (demo data)"
	@echo "make run DB=mariadb   the same on MariaDB/MySQL at 127.0.0.1:3306 (make db-mariadb creates it)"
	@echo "make run DB=sqlserver the same on SQL Server (set DB_HOST, DB_USER, DB_PASSWORD)"
	@echo "make test             every test: back end on real MariaDB, front-end unit and browser tests"
	@echo "make openapi          regenerate openapi/openapi.yaml and result-codes.json from the server"
	@echo "make permission-matrix rewrite the permission matrix (CSV) and openapi/permissions.md from the code; review the diff"
	@echo "make verify           prove the books of the configured database (DB=...)"
	@echo "make backup           back up the database of make run (H2 in ./data) or DB=mariadb (DB_NAME) to ./backups"
	@echo "make restore FILE=... restore a backup into an empty database (FORCE=1 replaces a non-empty one), then verify"
	@echo "make test-infra       nginx -t, systemd-analyze verify, MariaDB settings, backup → drop → restore → verify"
	@echo "make bench            every benchmark (bench-import, bench-terminal, bench-driver, bench-statement); prints figures, never part of make test"
	@echo "make bench-import     time 10,000-row Excel imports on a throwaway MariaDB database (not part of make test)"
	@echo "make bench-statement  monthly statement of 50,000 cards over 2,000,000 transfers on a throwaway MariaDB (-Dbench.* overrides)"
	@echo "make bench-export     a 1,000,000-row details .xlsx on a throwaway MariaDB with -Xmx256m: rows/s, bytes, peak heap"
	@echo "make bench-driver     CPU per database read through each layer (Spring, pool, driver, IN batches, JDBC)"
	@echo "make bench-terminal   1,000 simulated terminals against the server on a throwaway MariaDB database (BENCH_*)"
	@echo "make fault-kill       SIGKILL the server every 2-6 s under terminal, counter and gateway load for FAULT_SECONDS (240); books checked to the fen"
	@echo "make fault-db         terminals and a counter under load while a private MariaDB is killed and restarted; figures in backend/target/fault-db.txt"
	@echo "make fuzz             Jazzer fuzzing of the terminal codec targets, FUZZ_SECONDS (300) each: executions, coverage, findings"
	@echo "make terminal-sim ARGS=\"purchase <card> <fen> --terminal 1 --key <hex> --outlet 1\"   a terminal on the command line"

run: build $(if $(filter mariadb,$(DB)),db-mariadb)
	cd backend && PORT=$(PORT) java -jar target/onecard-server.jar \
		--spring.profiles.active=$(DBPROFILE_$(DB)),demo --onecard.data-dir=$(CURDIR)/data

build: frontends backend

frontends:
	@for app in $(FRONTENDS); do \
		echo "== building $$app"; \
		(cd $$app && { [ -d node_modules ] && [ node_modules/.package-lock.json -nt package-lock.json ] || npm ci --no-audit --no-fund; } \
			&& npm run build) || exit 1; \
	done

# The front ends' dist folders are packed into the jar (see backend/pom.xml).
backend:
	cd backend && $(MVN) -q package -DskipTests

db-mariadb:
	@bash infra/dev/mariadb.sh app

test: test-db test-backend test-frontend test-e2e test-infra
	@echo "make test: all suites passed"

test-db:
	@bash infra/dev/mariadb.sh test

test-backend:
	cd backend && $(MVN) verify

test-frontend:
	@for app in $(FRONTENDS); do \
		echo "== unit tests: $$app"; \
		(cd $$app && npm ci --no-audit --no-fund && npm test) || exit 1; \
	done

test-e2e: chromium
	@bash infra/dev/e2e.sh

# The deployment files under infra/ (infra/README.md "What is checked"), and a backup round trip
# of both databases through the real scripts and the jar's verify.
test-infra: test-db jar
	@bash infra/dev/nginx.sh
	@bash infra/test/nginx-config.sh
	@bash infra/test/systemd-units.sh
	@bash infra/test/mariadb-settings.sh
	@bash infra/test/backup-restore.sh
	@bash infra/test/backup-restore-h2.sh

chromium:
	@bash infra/dev/chromium.sh

openapi: test-db
	cd backend && ONECARD_WRITE_CONTRACT=true $(MVN) -q test -Dtest='OpenApiContractTests,ResultCodeCatalogueTests' -Dsurefire.failIfNoSpecifiedTests=false

# Rewrites backend/src/test/resources/permission-matrix.csv from the handlers' @PreAuthorize and
# openapi/permissions.md from it; `make test` runs the same test without the flag and fails on any difference.
permission-matrix: test-db
	cd backend && $(MVN) -q test -Dtest=PermissionMatrixTests -Donecard.matrix.write=true -Dsurefire.failIfNoSpecifiedTests=false

bench: bench-import bench-terminal bench-driver bench-statement bench-export

# ImportBenchmark matches no Surefire pattern, so `make test` never runs it; -Dtest picks it here.
bench-import: test-db
	cd backend && $(MVN) -q test -Dtest=ImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
		&& cat target/bench-import.txt

# TerminalBenchmark matches no Surefire pattern either. Settings from the environment: BENCH_TERMINALS (1000),
# BENCH_RATE (5000/s), BENCH_RUNS (1), BENCH_SECONDS (15), BENCH_WARMUP_SECONDS (5), BENCH_CARDS (20000),
# BENCH_BACKLOG_RECORDS (2000), BENCH_BACKLOG_SECONDS (10), BENCH_SERVER_WARMUP_SECONDS (300: the most the warm-up rounds may take before the JIT settles),
# BENCH_PHASE_SETTLE_SECONDS (120: the same before each closed-loop phase, with its own load); BENCH_POOL is the R2DBC pool size (the server's default, 20).
BENCH_POOL ?= 20
bench-terminal: test-db
	cd backend && { $(MVN) -q test -Dtest=TerminalBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
		-Donecard.test.pool-max-size=$(BENCH_POOL); status=$$?; cat target/bench-terminal.txt 2>/dev/null; exit $$status; }

# StatementBenchmark matches no Surefire pattern either: 50,000 cards, 2,000,000 transfers generated with
# multi-row INSERTs, the whole monthly statement timed (bench.cards, bench.transfers, bench.runs override).
bench-statement: test-db
	cd backend && { $(MVN) -q test -Dtest=StatementBenchmark -Dsurefire.failIfNoSpecifiedTests=false; \
		status=$$?; cat target/bench-statement.txt 2>/dev/null; exit $$status; }

# DetailsExportBenchmark matches no Surefire pattern either: 1,000,000 detail rows generated with multi-row
# INSERTs, exported to .xlsx through the streaming path in a JVM of BENCH_HEAP (256m) heap (bench.rows overrides).
BENCH_HEAP ?= 256m
bench-export: test-db
	cd backend && { $(MVN) -q test -Dtest=DetailsExportBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
		-DargLine=-Xmx$(BENCH_HEAP); status=$$?; cat target/bench-export.txt 2>/dev/null; exit $$status; }

# What one read costs through each layer of the database stack (Spring, pool, driver, IN batches, JDBC).
bench-driver: test-db
	cd backend && { $(MVN) -q test -Dtest=DriverCostBenchmark -Dsurefire.failIfNoSpecifiedTests=false; \
		status=$$?; cat target/bench-driver.txt 2>/dev/null; exit $$status; }

# DbRestartRun matches no Surefire pattern either. It starts a MariaDB of its own (mariadb-install-db and mariadbd
# under backend/target/fault-db/, a free port; test-db only makes sure the binaries are installed) and never touches
# the shared server. FAULT_DB_OUTAGES (6), FAULT_DB_TERMINALS (8), FAULT_DB_COUNTERS (2), FAULT_DB_CARDS (20),
# FAULT_DB_DOWN_SECONDS (3), FAULT_DB_UP_SECONDS (6) from the environment.
fault-db: test-db
	cd backend && { $(MVN) -q test -Dtest=DbRestartRun -Dsurefire.failIfNoSpecifiedTests=false; \
		status=$$?; cat target/fault-db.txt 2>/dev/null; exit $$status; }

# ServerKillTests runs in `make test` with about 30 s of load and at least 3 kills; here for FAULT_SECONDS of load.
FAULT_SECONDS ?= 240
fault-kill: test-db
	cd backend && { $(MVN) -q test -Dtest=ServerKillTests -Dsurefire.failIfNoSpecifiedTests=false \
		-Dfault.seconds=$(FAULT_SECONDS); status=$$?; cat target/fault-kill.txt 2>/dev/null; exit $$status; }

# The server jar, built only when it is missing or older than the sources.
jar:
	@if [ ! -f $(JAR) ] || [ -n "$$(find backend/src/main backend/pom.xml -newer $(JAR) -print -quit)" ]; then \
		$(MAKE) --no-print-directory backend; fi

# The terminal simulator (org.onecard.terminal.tools.TerminalSim) from the server jar.
# `make terminal-sim ARGS=help` lists the commands.
SIM_MAIN := org.onecard.terminal.tools.TerminalSim
terminal-sim: jar
	@java -cp $(JAR) -Dloader.main=$(SIM_MAIN) org.springframework.boot.loader.launch.PropertiesLauncher $(ARGS)

# Coverage-guided fuzzing (Jazzer) of the terminal frame decoder, codec and field parsers; `make test` only
# replays the saved corpus (src/test/resources/.../*FuzzTestsInputs). FUZZ_TARGETS="Class#method ..." picks some.
FUZZ_SECONDS ?= 300
fuzz:
	cd backend && $(MVN) -q -DskipTests test-compile
	FUZZ_SECONDS=$(FUZZ_SECONDS) bash infra/dev/fuzz.sh

verify: backend
	cd backend && java -jar target/onecard-server.jar verify \
		--spring.profiles.active=$(DBPROFILE_$(DB)) --onecard.data-dir=$(CURDIR)/data

# Backups go to BACKUP_DIR (./backups); infra/backup/ has the scripts, infra/systemd/ the nightly timer.
# DB=h2 (the default) backs up ./data while make run is stopped; DB=mariadb the database DB_NAME (onecard)
# as DB_USER/DB_PASSWORD (onecard/onecard), online and consistent.
BACKUP_DIR ?= $(CURDIR)/backups
BACKUP_SCRIPT_h2 := h2
BACKUP_SCRIPT_mariadb := mariadb
backup restore: export BACKUP_DIR := $(BACKUP_DIR)
backup restore: export DATA_DIR := $(CURDIR)/data
backup: $(if $(filter h2,$(DB)),jar)
	@$(if $(BACKUP_SCRIPT_$(DB)),bash infra/backup/backup-$(BACKUP_SCRIPT_$(DB)).sh,echo "SQL Server: use its own BACKUP DATABASE (infra/README.md)" >&2; exit 2)

restore: jar
	@$(if $(BACKUP_SCRIPT_$(DB)),FORCE=$(FORCE) bash infra/backup/restore-$(BACKUP_SCRIPT_$(DB)).sh "$(FILE)",echo "SQL Server: use its own RESTORE DATABASE (infra/README.md)" >&2; exit 2)

clean:
	cd backend && $(MVN) -q clean
	rm -rf web-admin/dist mobile-h5/dist
