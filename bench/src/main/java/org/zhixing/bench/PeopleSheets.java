package org.zhixing.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.zhixing.content.DemoContentPack;
import org.zhixing.content.UnitSeed;
import org.zhixing.org.control.IdNumbers;

/**
 * Generated people sheets and the people import API, for the benchmarks that need many people in the tree: a sheet of
 * {@code rows} new people spread over the pack's villages, checked and committed as an admin.
 */
final class PeopleSheets {

  static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
  private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱"};
  private static final String[] GIVEN = {"建国", "秀英", "志强", "桂兰", "红梅", "海涛", "丽娟", "伟", "静", "磊", "芳", "军"};

  private PeopleSheets() {}

  /** People in every village of the pack in turn, with new phone numbers and, for every other one, an ID number. */
  static void write(Path sheet, int rows) throws IOException {
    List<UnitSeed> villages = DemoContentPack.load().units().stream()
        .filter(u -> u.kind().equals("VILLAGE") || u.kind().equals("COMMUNITY"))
        .toList();
    try (var workbook = new SXSSFWorkbook(500); OutputStream file = Files.newOutputStream(sheet)) {
      var rowsOut = workbook.createSheet("人员");
      write(rowsOut.createRow(0), "姓名", "性别", "手机号", "身份证号", "区划代码", "职务");
      for (int i = 0; i < rows; i++) {
        UnitSeed village = villages.get(i % villages.size());
        boolean man = i % 3 != 0;
        String idNumber = i % 2 == 0 ? idNumber(village.code(), i, man) : "";
        write(rowsOut.createRow(i + 1), SURNAMES[i % SURNAMES.length] + GIVEN[(i / 7) % GIVEN.length],
            man ? "男" : "女", "170%08d".formatted(i), idNumber, village.code(), i % 10 == 0 ? "村党组织书记" : "村“两委”成员");
      }
      workbook.write(file);
    }
  }

  private static String idNumber(String villageCode, int i, boolean man) {
    int sequence = (i % 499) * 2 + (man ? 1 : 0);
    String first17 = villageCode.substring(0, 6) + "%04d%02d%02d".formatted(1960 + i % 40, 1 + i % 12, 1 + i % 28)
        + "%03d".formatted(sequence);
    return first17 + IdNumbers.checkCharacter(first17);
  }

  private static void write(Row row, String... cells) {
    for (int i = 0; i < cells.length; i++) {
      row.createCell(i).setCellValue(cells[i]);
    }
  }

  /** {@code POST /api/people/imports} with the sheet as the admin's whole scope. */
  static HttpResponse<String> check(HttpClient http, String apiUrl, String token, Path sheet)
      throws IOException, InterruptedException {
    String boundary = "bench-" + UUID.randomUUID();
    var body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"people.xlsx\"\r\n"
        + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(Files.readAllBytes(sheet));
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    var request = HttpRequest.newBuilder(URI.create(apiUrl + "/people/imports"))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .timeout(Duration.ofMinutes(5))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> commit(HttpClient http, String apiUrl, String token, String id)
      throws IOException, InterruptedException {
    var request = HttpRequest.newBuilder(URI.create(apiUrl + "/people/imports/" + id + "/commit"))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .timeout(Duration.ofMinutes(5))
        .POST(HttpRequest.BodyPublishers.ofString("{\"departLeftOut\":false}"))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  static String expect(int status, HttpResponse<String> response, String what) {
    if (response.statusCode() != status) {
      String body = response.body();
      throw new BenchmarkFailure("%s answered HTTP %d: %s".formatted(what, response.statusCode(),
          body.length() > 500 ? body.substring(0, 500) + "…" : body));
    }
    return response.body();
  }

  static String find(Pattern field, String json) {
    Matcher matcher = field.matcher(json);
    if (!matcher.find()) {
      throw new BenchmarkFailure("no " + field.pattern() + " in " + json.substring(0, Math.min(300, json.length())));
    }
    return matcher.group(1);
  }
}
