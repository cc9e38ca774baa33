/**
 * conda channels as package sources: {@link io.pkgguard.source.conda.channel.CondaChannelSource}
 * reads a channel's {@code repodata.json} per subdir (indexed without holding it in memory, {@link
 * io.pkgguard.source.conda.channel.RepodataIndex}), chooses the build conda would install, and
 * may add what anaconda.org knows.
 */
package io.pkgguard.source.conda.channel;
