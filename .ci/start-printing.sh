#!/usr/bin/env bash
# Start CUPS with a cups-pdf queue named PDF (output lands in ~/PDF), when CUPS is installed.
set -eu
command -v cupsd >/dev/null || { echo "printing: cupsd not installed"; exit 1; }
if ! lpstat -r 2>/dev/null | grep -q "is running"; then
  cupsd
  for _ in $(seq 1 50); do lpstat -r 2>/dev/null | grep -q "is running" && break; sleep 0.2; done
fi
if ! lpstat -p PDF >/dev/null 2>&1; then
  ppd=$(ls /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd 2>/dev/null || true)
  if [ -n "$ppd" ]; then lpadmin -p PDF -v cups-pdf:/ -P "$ppd" -E
  else lpadmin -p PDF -v cups-pdf:/ -m lsb/usr/cups-pdf/CUPS-PDF_opt.ppd -E; fi
fi
lpstat -p PDF
