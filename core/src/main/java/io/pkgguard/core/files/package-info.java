/**
 * Reading files a user names without letting a name hang or exhaust the process: {@link
 * io.pkgguard.core.files.RegularFiles}. Internal to pkgguard (exported to its command line only).
 */
package io.pkgguard.core.files;
