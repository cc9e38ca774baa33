package io.pkgguard.core.inspection;

/**
 * What reading one file entry may cost, decided before it is read and in archive order, so an
 * archive is judged the same way whichever thread reads which entry.
 *
 * @param declaredSize the size the archive declares for the entry (a zip's central directory, a
 *     tar header), or -1 when it declares none; a zip entry unpacking to more or fewer bytes is
 *     damaged
 * @param packedSize the entry's compressed size when the archive says (zip), or -1: a
 *     compression ratio beyond the limit stops reading the entry
 * @param totalLeft how many bytes the archive's total limit still allows; reading past it stops
 *     reading the archive
 * @param textBytes how many bytes of the entry are kept as text for the content rules (0: none)
 * @param wantText whether the entry may hold code, so text is wanted even if the budget is spent
 * @param digest whether the entry's SHA-256 is computed
 */
record ReadAllowance(
    long declaredSize,
    long packedSize,
    long totalLeft,
    int textBytes,
    boolean wantText,
    boolean digest) {}
