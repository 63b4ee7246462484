#!/usr/bin/env bash
# Generates the demo courses' media once: covers (PNG), short title-card videos (H.264/AAC MP4, 360p) and PDF
# handouts, into content/src/main/resources/org/zhixing/content/courses/media/. The results are committed; the build
# never runs this. Needs ffmpeg with libx264 and drawtext, Chromium (for the PDFs) and a CJK font
# (Debian: apt-get install ffmpeg chromium fonts-wqy-microhei). Lengths must match five-star-courses.txt.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../src/main/resources/org/zhixing/content/courses/media"
font="${CJK_FONT:-/usr/share/fonts/truetype/wqy/wqy-microhei.ttc}"
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# key | colour | title | subtitle | video seconds
courses=(
  'c01|0xB71C1C|"五星"支部创建总体解读|一图读懂创建目标、任务与评星定级|16'
  'c02|0xC62828|支部过硬星|基础星、前提星：建强村党组织|14'
  'c03|0xE65100|产业兴旺星|一村一品 壮大村集体经济|14'
  'c04|0x2E7D32|生态宜居星|从"一时美"到"长久美"|14'
  'c05|0x1565C0|平安法治星|小事不出村 大事不出镇|14'
  'c06|0x6A1B9A|文明幸福星|移风易俗 培育文明乡风|14'
)

text() { # drawtext filter for one line: text, font size, y, fade-in start second
  local t="${1//\"/\\\"}"
  printf "drawtext=fontfile=%s:text='%s':fontsize=%s:fontcolor=white:x=(w-text_w)/2:y=%s:alpha='if(lt(t,%s),0,min(1,(t-%s)*2))'" \
    "$font" "${t//:/\\:}" "$2" "$3" "$4" "$4"
}

for row in "${courses[@]}"; do
  IFS='|' read -r key colour title subtitle seconds <<<"$row"
  card="$(text "$title" 34 120 0.3),$(text "$subtitle" 22 185 1.2),$(text '演示课件 · 知行' 16 300 2)"
  ffmpeg -v error -y -f lavfi -i "color=c=$colour:s=480x270:d=1" \
    -vf "$(text "$title" 28 95 -1),$(text "$subtitle" 18 145 -1),$(text '演示课件 · 知行' 14 215 -1)" \
    -frames:v 1 "$out/$key-cover.png"
  ffmpeg -v error -y -f lavfi -i "color=c=$colour:s=640x360:r=15:d=$seconds" \
    -f lavfi -i "sine=frequency=440:sample_rate=22050:duration=$seconds" \
    -vf "$card" -af "volume=0.05" -c:v libx264 -profile:v baseline -pix_fmt yuv420p -crf 34 -preset veryslow \
    -g 30 -c:a aac -b:a 24k -ac 1 -movflags +faststart -shortest "$out/$key-intro.mp4"
done

# Handouts: one HTML page each (c01 has two), printed by headless Chromium.
handout() { # key, title, body HTML
  cat >"$work/$1.html" <<HTML
<!doctype html><html lang="zh-CN"><meta charset="utf-8"><style>
body{font-family:"WenQuanYi Micro Hei",sans-serif;margin:2cm;font-size:12pt;line-height:1.7}
h1{font-size:18pt;color:#b71c1c}.demo{color:#777;font-size:9pt}.page{page-break-after:always}
</style><body><p class="demo">【演示文本】本讲义为知行系统演示内容，依据公开信息编写，不代表任何机关的正式口径。</p>
<h1>$2</h1>$3</body></html>
HTML
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$work/profile" \
    --print-to-pdf="$out/$1-handout.pdf" "file://$work/$1.html" 2>/dev/null
}

handout c01 '学习提纲："五星"支部创建总体要求' '<div class="page"><h2>一、五颗星</h2><ol><li>支部过硬星（基础星、前提星）</li><li>产业兴旺星</li><li>生态宜居星</li><li>平安法治星</li><li>文明幸福星</li></ol><h2>二、重点任务</h2><p>农村29项，城市社区27项；对照清单制定"一村一方案"，逐项推进、逐项销号。</p></div><h2>三、评星定级</h2><p>每颗星百分制，80分以上且无"一票否决"情形的评定为该星；程序为村级自评、乡镇初评、县级评定、市级复核。</p><h2>四、激励措施</h2><p>与村干部绩效报酬挂钩；评先评优优先；以奖代补；示范观摩与转化观摩。</p>'
handout c02 '自查清单：支部过硬星' '<ol><li>书记队伍：政治素质好、带富能力强</li><li>班子结构合理、团结协作</li><li>"三会一课"等组织生活规范</li><li>党员教育管理到位</li><li>阵地建设"五有"</li><li>"四议两公开"落实</li><li>廉洁履职、无违纪违法</li></ol>'
handout c03 '案例摘编：产业兴旺星' '<p>某村（演示案例）依托蔬菜种植，成立合作社统一育苗、统一销售，村集体通过提供仓储和居间服务年增收十余万元，带动农户稳定增收。</p><p>要点：找准主导产业；建立联农带农机制；经营项目走"四议两公开"；严防违规举债。</p>'
handout c04 '自查清单：生态宜居星' '<ol><li>村庄干净整洁，无"三乱"</li><li>垃圾收运处置体系正常运行</li><li>卫生厕所普及、污水有效治理</li><li>"四旁"植绿、农房风貌协调</li><li>保洁队伍和"门前三包"长效管护</li></ol>'
handout c05 '工作台账样式：平安法治星' '<table border="1" cellpadding="6" style="border-collapse:collapse;width:100%"><tr><th>日期</th><th>网格</th><th>事项</th><th>化解情况</th></tr><tr><td></td><td></td><td></td><td></td></tr><tr><td></td><td></td><td></td><td></td></tr></table><p>要求：矛盾纠纷排查每月不少于一次；重大事项及时上报。</p>'
handout c06 '自查清单：文明幸福星' '<ol><li>新时代文明实践站常态运行</li><li>红白理事会发挥作用</li><li>村规民约完善并落实</li><li>文明家庭等评选活动</li><li>"一老一小"关爱服务</li></ol>'

ls -l "$out"
du -ch "$out" | tail -1
