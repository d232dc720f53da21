# Journeys: two commands do everything on a fresh machine.
#   make run   install what is missing, build the web app, run everything on http://127.0.0.1:8000
#   make test  install what is missing (incl. Chromium), start PostgreSQL + Redis, run every test
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV      := .venv
BIN       := $(VENV)/bin
STAMPS    := .make
PYTHON    ?= python3
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

SPA_SOURCES := $(shell find frontend/src frontend/index.html frontend/vite.config.ts frontend/public -type f 2>/dev/null)

.PHONY: help run test install lint test-backend test-backend-sqlite test-backend-postgres test-frontend \
        test-e2e api-client system-deps services clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-22s %s\n", $$1, $$2}'

run: install $(STAMPS)/spa ## install what is missing, then `journeys up` (no configuration needed)
	$(BIN)/journeys up

test: system-deps services install $(STAMPS)/spa ## every test: lint, backend on SQLite and PostgreSQL, frontend, browser
	$(MAKE) --no-print-directory lint test-backend test-frontend test-e2e

install: $(STAMPS)/venv $(STAMPS)/npm ## Python venv + npm packages (only when their manifests change)

$(STAMPS)/venv: pyproject.toml
	@mkdir -p $(STAMPS)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[dev]"
	@touch $@

$(STAMPS)/npm: package.json package-lock.json frontend/package.json e2e/package.json
	@mkdir -p $(STAMPS)
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

$(STAMPS)/spa: $(STAMPS)/npm $(SPA_SOURCES) frontend/package.json
	npm run build --silent
	@touch $@

lint: ## ruff (lint + format check) and TypeScript type checks
	$(BIN)/ruff check .
	$(BIN)/ruff format --check backend
	npm run typecheck --silent
	npm run check:journey-types --silent -w frontend

test-backend: test-backend-sqlite test-backend-postgres ## backend tests on both databases

test-backend-sqlite:
	$(BIN)/pytest backend/tests --db sqlite

test-backend-postgres:
	$(BIN)/pytest backend/tests/integration --db postgres  # unit tests are database-free: run once, above

test-frontend: ## Vitest unit tests
	npm run test:unit --silent

test-e2e: ## Playwright in Debian's Chromium against the real app
	npm run test:e2e --silent

api-client: ## regenerate frontend/openapi.json, the TypeScript API client and the journey graph types
	$(BIN)/journeys openapi -o frontend/openapi.json
	npm run generate:api --silent
	npm run generate:journey-types --silent -w frontend

system-deps: ## apt-get install Chromium and docker-compose if missing
	./scripts/ensure-system-deps.sh

services: ## start PostgreSQL and Redis if they are not running
	./scripts/ensure-services.sh

clean: ## remove build output and stamps (keeps .venv, node_modules and .journeys data)
	rm -rf $(STAMPS) frontend/dist e2e/test-results e2e/playwright-report
