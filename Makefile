# The same verbs everywhere: make run · make test · make bench · make lint
SHELL := /bin/bash
APP := .venv-app
BOT := .venv-bot
export RASA_TELEMETRY_ENABLED := false

.PHONY: run test bench lint model envs clean evaluate
.DEFAULT_GOAL := run

run: envs model ## start the whole system on the embedded default (SQLite under ./var)
	$(APP)/bin/meldpunt migrate
	$(APP)/bin/meldpunt run

test: envs model ## everything from a fresh clone; TEST_DATABASE_URL adds PostgreSQL
	scripts/ensure-chromium
	$(APP)/bin/python -m pytest -p no:cacheprovider

bench: envs model ## turn latency of POST /api/v1/chat next to Rasa's bare /model/parse, as JSON
	$(APP)/bin/python -m tests.bench.chat_latency

evaluate: envs model ## score the held-out evaluation set (tests/evaluation): intent, danger, forms, language
	$(APP)/bin/python -m meldpunt.evaluate

lint: envs
	$(APP)/bin/ruff check .
	$(APP)/bin/ruff format --check .
	$(APP)/bin/mypy

model: envs ## the Rasa model and the form model, each trained only when its inputs changed
	scripts/train-if-changed

envs: $(APP)/.installed $(BOT)/.installed

$(APP)/.installed: requirements/app.lock pyproject.toml
	@test -x $(APP)/bin/python || $$(scripts/find-python 3.12) -m venv $(APP)
	$(APP)/bin/pip install -q --disable-pip-version-check -r requirements/app.lock
	$(APP)/bin/pip install -q --disable-pip-version-check --no-deps -e .
	touch $@

$(BOT)/.installed: requirements/bot.lock
	@test -x $(BOT)/bin/python || $$(scripts/find-python 3.10) -m venv $(BOT)
	$(BOT)/bin/pip install -q --disable-pip-version-check -r requirements/bot.lock
	touch $@

clean:
	rm -rf $(APP) $(BOT) models/*.tar.gz models/.hash
