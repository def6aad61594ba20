"""What every handout kind shares: pages and styles, fitting text in boxes, images, QR codes,
label sheets, and text checked against the fonts before printing."""
