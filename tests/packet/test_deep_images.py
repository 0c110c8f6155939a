"""16-bit and float images (some scanners and TIFFs) become 8-bit greys, with no numpy."""

import subprocess
import sys

from PIL import Image

from secondop_desktop.packet.images import _flat


def test_16_bit_grey_is_stretched_to_8_bit():
    img = Image.new("I;16", (4, 1))
    img.putdata([0, 1000, 2000, 4000])
    flat, alpha = _flat(img)
    assert alpha is None
    assert flat.mode == "L"
    assert [flat.getpixel((x, 0)) for x in range(4)] == [0, 63, 127, 255]


def test_deep_images_need_no_numpy():
    script = (
        "import sys; sys.modules['numpy'] = None\n"
        "from PIL import Image\n"
        "from secondop_desktop.packet.images import _flat\n"
        "img = Image.new('F', (2, 1)); img.putdata([0.5, 2.0])\n"
        "flat = _flat(img)[0]; print([flat.getpixel((x, 0)) for x in range(2)])\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-400:]
    assert done.stdout.strip() == "[63, 255]"
