/**
 * The files that describe a conda environment: {@code environment.yml} (its {@code pip:} block
 * handed to the PyPI ecosystem), explicit spec files, {@code conda-lock.yml} and {@code
 * pixi.lock}, read into the core's neutral {@link io.pkgguard.api.EnvironmentDescription}.
 */
package io.pkgguard.source.conda.inputs;
