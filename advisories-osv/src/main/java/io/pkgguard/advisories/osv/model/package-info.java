/**
 * The OSV record format: the values ({@link io.pkgguard.advisories.osv.model.OsvRecord} and its parts)
 * and {@link io.pkgguard.advisories.osv.model.OsvRecordReader}, which reads them from JSON (the OSV API,
 * OSV's exports) or YAML (the PyPA advisory database) with limits for hostile input.
 */
package io.pkgguard.advisories.osv.model;
