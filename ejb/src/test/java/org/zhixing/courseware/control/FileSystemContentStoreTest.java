package org.zhixing.courseware.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemContentStoreTest {

  private static final String HELLO_SHA256 = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824";

  @TempDir Path root;
  @TempDir Path elsewhere;

  @Test
  void putMovesTheFileInUnderItsSha256() throws IOException {
    var store = new FileSystemContentStore(root);
    Path file = Files.writeString(elsewhere.resolve("upload"), "hello");

    Blob blob = store.put(file);

    assertThat(blob).isEqualTo(new Blob(HELLO_SHA256, 5));
    assertThat(file).doesNotExist();
    assertThat(root.resolve("blobs/2c/f2/" + HELLO_SHA256)).hasContent("hello");
    assertThat(store.find(HELLO_SHA256)).contains(blob);
  }

  @Test
  void theSameContentIsStoredOnce() throws IOException {
    var store = new FileSystemContentStore(root);
    Blob first = store.put(Files.writeString(elsewhere.resolve("a.mp4"), "hello"));
    Path second = Files.writeString(elsewhere.resolve("b.mp4"), "hello");

    assertThat(store.put(second)).isEqualTo(first);
    assertThat(second).doesNotExist();
    try (var blobs = Files.walk(root.resolve("blobs"))) {
      assertThat(blobs.filter(Files::isRegularFile)).hasSize(1);
    }
  }

  @Test
  void contentOpensAsAFileChannelForSendfile() throws IOException {
    var store = new FileSystemContentStore(root);
    store.put(Files.writeString(elsewhere.resolve("upload"), "hello"));

    StoredContent content = store.content(HELLO_SHA256).orElseThrow();

    assertThat(content.size()).isEqualTo(5);
    try (SeekableByteChannel channel = content.open()) {
      assertThat(channel).isInstanceOf(FileChannel.class);
      ByteBuffer buffer = ByteBuffer.allocate(5);
      channel.read(buffer);
      assertThat(new String(buffer.array(), StandardCharsets.US_ASCII)).isEqualTo("hello");
    }
  }

  @Test
  void anUnknownBlobIsEmptyAndAMalformedNameIsRefused() {
    var store = new FileSystemContentStore(root);
    assertThat(store.content("0".repeat(64))).isEmpty();
    assertThatThrownBy(() -> store.content("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void publishedDerivedFilesAreFoundByRelativePath() throws IOException {
    var store = new FileSystemContentStore(root);
    Path work = store.newWorkFolder();
    Files.createDirectories(work.resolve("360p"));
    Files.writeString(work.resolve("master.m3u8"), "#EXTM3U\n");
    Files.writeString(work.resolve("360p/seg-00001.ts"), "segment");

    store.publishDerived(HELLO_SHA256, "hls", work);

    assertThat(work).doesNotExist();
    assertThat(store.derived(HELLO_SHA256, path("hls/master.m3u8"))).hasValueSatisfying(c -> assertThat(c.size()).isEqualTo(8));
    assertThat(store.derived(HELLO_SHA256, path("hls/360p/seg-00001.ts"))).isPresent();
    assertThat(store.derived(HELLO_SHA256, path("hls/360p/seg-00002.ts"))).isEmpty();
    assertThat(store.derived(HELLO_SHA256, path("hls"))).as("a folder is not a file").isEmpty();
  }

  @Test
  void publishingAgainReplacesTheWholeFolder() throws IOException {
    var store = new FileSystemContentStore(root);
    Path first = store.newWorkFolder();
    Files.writeString(first.resolve("old.ts"), "old");
    store.publishDerived(HELLO_SHA256, "hls", first);
    Path second = store.newWorkFolder();
    Files.writeString(second.resolve("new.ts"), "new");

    store.publishDerived(HELLO_SHA256, "hls", second);

    assertThat(store.derived(HELLO_SHA256, path("hls/new.ts"))).isPresent();
    assertThat(store.derived(HELLO_SHA256, path("hls/old.ts"))).isEmpty();
  }

  @Test
  void aSymbolicLinkOutOfTheDerivedFolderIsNotFollowed() throws IOException {
    var store = new FileSystemContentStore(root);
    Path secret = Files.writeString(elsewhere.resolve("secret.txt"), "secret");
    Path work = store.newWorkFolder();
    Files.createSymbolicLink(work.resolve("leak.ts"), secret);
    Files.writeString(work.resolve("fine.ts"), "fine");
    store.publishDerived(HELLO_SHA256, "hls", work);

    assertThat(store.derived(HELLO_SHA256, path("hls/leak.ts"))).isEmpty();
    assertThat(store.derived(HELLO_SHA256, path("hls/fine.ts"))).isPresent();
  }

  private static DerivedPath path(String text) {
    return DerivedPath.parse(text).orElseThrow();
  }
}
