package org.zhixing.platform.pdf;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which character each glyph of a document stands for, as a PDF {@code ToUnicode} CMap: what readers use to copy,
 * search and extract text. PDFBox writes one from the font's own table, and where the font draws two characters with
 * one glyph it takes the lower code point — for Noto Sans SC that turns 一 月 日 行 into the Kangxi radicals ⼀ ⽉ ⽇ ⾏,
 * which look the same and match nothing. This map records the characters actually shown instead.
 */
final class ToUnicodeMap {

  private final Map<Integer, Integer> characterOf = new TreeMap<>();

  /** Glyph {@code cid} showed {@code codePoint}; a unified ideograph wins over a radical sharing its glyph. */
  void shown(int cid, int codePoint) {
    characterOf.merge(cid, codePoint, (old, now) -> isRadical(old) ? now : old);
  }

  private static boolean isRadical(int codePoint) {
    Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
    return block == Character.UnicodeBlock.KANGXI_RADICALS || block == Character.UnicodeBlock.CJK_RADICALS_SUPPLEMENT;
  }

  byte[] cmap() {
    var out = new StringBuilder("""
        /CIDInit /ProcSet findresource begin
        12 dict begin
        begincmap
        /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
        /CMapName /Adobe-Identity-UCS def
        /CMapType 2 def
        1 begincodespacerange
        <0000> <FFFF>
        endcodespacerange
        """);
    var entries = characterOf.entrySet().stream().toList();
    // a bfchar block holds at most 100 entries
    for (int from = 0; from < entries.size(); from += 100) {
      var block = entries.subList(from, Math.min(from + 100, entries.size()));
      out.append(block.size()).append(" beginbfchar\n");
      for (var entry : block) {
        out.append("<%04X> <".formatted(entry.getKey()));
        for (char unit : Character.toChars(entry.getValue())) {
          out.append("%04X".formatted((int) unit));
        }
        out.append(">\n");
      }
      out.append("endbfchar\n");
    }
    out.append("""
        endcmap
        CMapName currentdict /CMap defineresource pop
        end
        end
        """);
    return out.toString().getBytes(StandardCharsets.US_ASCII);
  }
}
