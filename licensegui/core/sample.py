"""A genuine signed response and the public key that signed it, for the self-test.

Both are public: the Key Manager documentation's own "License key assigned" example and its
installation's global key (see the project's keymanager-api reference). Checking them proves
the verifier and its crypto backend work in this build, with no network.
"""

from __future__ import annotations

SAMPLE_PUBLIC_KEY_PEM = """\
-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtNUWqLH+8lPcZvK/Pbeh
Hh2MCAgJNwGARXEm6MQfxuBpsijIYiARgNaY66cwk13I0eFi8XCSBSkV26aMyM8Y
JTOPj3Xi8b8QV4rNag19PRr3D+TXfMn55+gMTQWFBWpYGyMtzoh8DT1NwXqlJ4X+
M4HYpbN07wrRQwiJrmwtPddDlGeZDav9iIKzd4k0UuWGe0+ooQyB0FO3yWiVnELe
TLC7fd8fb6mdHf/if2Hg5DXijSVu7zQYkWBVFnUAls/w9lPgrrtuDSM35xIuF2fG
fL6+GxIhB9uxzWDoqY5Qa/h5JxLokcJNxw6pLVqMBLUcIFldPCPbEWe8xS0cxrVc
/wIDAQAB
-----END PUBLIC KEY-----
"""

SAMPLE_RESPONSE = (
    b'{"response":{"code":800,"message":"License key assigned","timestamp":1708999933},'
    b'"response_base64":"eyJjb2RlIjo4MDAsIm1lc3NhZ2UiOiJMaWNlbnNlIGtleSBhc3NpZ25lZCIsInRpbWVzdGFtcCI6MTcwODk5OTkzM30=",'
    b'"private_key_used":"global",'
    b'"signature":"Q5aCPpbdb2luJrTHw5cgc3QMIFI/Chx+YKQpE8LqppOBLLtrztsq5Of3x+iF9HlusBxvyq/HmSNotfR4'
    b'a+90ororZuHeMV6lGnzn12/yMXhMdKTIZ9SHE1TTzMOKBEITiTMHNZsD3vSTv4bNGIQe44jq853o0V1G'
    b'/m6j4V/4rX+ImDFI8/Wmx6Q6kbr53PC8jFsDxQthWCn1bYQR42gVtydXGpoLLoUJQnhhVOfW7FIV7z08'
    b'dMWfkoyqyjH8f3kfEClIGI3GuN9MNmfkMRqj3usAtjiaJj1BOEFHFdeltJY6oKTFpnDzqy6MfGgCi0Oe'
    b'PbOu9UKwhS+/1kD3B5ADBg=='
    b'"}'
)
