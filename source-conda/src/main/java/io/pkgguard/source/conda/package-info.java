/**
 * The conda ecosystem. Start with {@link io.pkgguard.source.conda.CondaEcosystem}; what a package
 * says about itself is read by {@link io.pkgguard.source.conda.CondaPackages} from its
 * {@code info/index.json} and {@code info/about.json}. Channels (anaconda.org, conda-forge
 * repodata), conda version ordering and match specs are not built yet.
 */
package io.pkgguard.source.conda;
