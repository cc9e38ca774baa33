/**
 * conda match specs ({@code numpy >=1.24,<2}, {@code conda-forge::numpy=1.26}, {@code
 * numpy[build_number=2]}): {@link io.pkgguard.source.conda.specs.MatchSpec}, read as conda's
 * default parser reads them and checked against conda's tests (conformance/conda-matchspec).
 */
package io.pkgguard.source.conda.specs;
