# SPDX-License-Identifier: GPL-3.0-or-later
# The two commands of the README. Everything else is CMake.
PRESET ?= dev
BUILD  := build/$(PRESET)

.PHONY: deps configure build run test bench clean

deps:
	@scripts/install-deps

$(BUILD)/build.ninja: | deps
	cmake --preset $(PRESET)

configure: deps $(BUILD)/build.ninja

build: configure
	cmake --build --preset $(PRESET)

run: build
	scripts/run-demo $(BUILD)

test: build
	cd $(BUILD) && ctest --output-on-failure -j2

bench: deps
	cmake --preset release && cmake --build --preset release
	bench/run-all build/release

clean:
	rm -rf build
