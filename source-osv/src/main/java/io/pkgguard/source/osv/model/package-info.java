/**
 * The OSV record format: the values ({@link io.pkgguard.source.osv.model.OsvRecord} and its parts)
 * and {@link io.pkgguard.source.osv.model.OsvRecordReader}, which reads them from JSON (the OSV API,
 * OSV's exports) or YAML (the PyPA advisory database) with limits for hostile input.
 */
package io.pkgguard.source.osv.model;
