#!/bin/sh
# Renders an exported .docx to PNG pages, to check by eye that Chinese text, [n] markers and the reference
# list show without missing glyphs: LibreOffice converts it to PDF, pdftoppm rasterises the pages.
# Usage: scripts/render-export.sh DOCX_FILE [OUTDIR]   (OUTDIR defaults to target/render)
# Not part of the Maven build: it needs LibreOffice, which is slow to start and large to install.
set -eu

if [ $# -lt 1 ] || [ ! -f "$1" ]; then
    echo "用法：scripts/render-export.sh DOCX_FILE [OUTDIR]（DOCX_FILE 必须是已存在的 .docx 文件）" >&2
    exit 2
fi
docx=$1
out=${2:-target/render}

if ! command -v libreoffice >/dev/null 2>&1 || ! command -v pdftoppm >/dev/null 2>&1 \
        || ! fc-list :lang=zh family 2>/dev/null | grep -q .; then
    echo "Installing LibreOffice Writer, poppler-utils and Noto CJK fonts with apt-get" >&2
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
        libreoffice-writer poppler-utils fonts-noto-cjk >&2
fi

mkdir -p "$out"
name=$(basename "$docx" .docx)
# a private profile: a LibreOffice already open for the user would otherwise swallow the conversion
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
# Word's 宋体 and 黑体 are not on Linux: map them to the Noto CJK SC serif and sans faces, as Word would show
# them, instead of letting fontconfig fall back to one sans face for everything
cat > "$profile/fonts.conf" <<'CONF'
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <alias binding="same"><family>宋体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>SimSun</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>黑体</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
  <alias binding="same"><family>SimHei</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
</fontconfig>
CONF
FONTCONFIG_FILE="$profile/fonts.conf" libreoffice -env:UserInstallation="file://$profile/lo" --headless \
    --convert-to pdf --outdir "$out" "$docx" >&2
pdftoppm -png -r 110 "$out/$name.pdf" "$out/$name"

echo "PDF:  $out/$name.pdf"
echo "PNG:"
ls -1 "$out/$name"*.png
