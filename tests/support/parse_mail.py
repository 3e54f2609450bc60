#!/usr/bin/python3
"""Parses an e-mail with Python's email package (an independent MIME parser)
and prints JSON: decoded headers, the text body, and each attachment's file
name, content type and bytes (base64). Usage: parse_mail.py FILE.eml (or stdin).
"""

import base64
import email
import email.policy
import json
import sys


def main():
    data = open(sys.argv[1], 'rb').read() if len(sys.argv) > 1 else sys.stdin.buffer.read()
    msg = email.message_from_bytes(data, policy=email.policy.default)
    headers = {}
    for name in ('From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version'):
        value = msg[name]
        headers[name] = None if value is None else str(value)
    to = msg['To']
    result = {
        'headers': headers,
        'to_addresses': [a.addr_spec for a in to.addresses] if to is not None else [],
        'content_type': msg.get_content_type(),
        'defects': [type(d).__name__ for d in msg.defects],
        'body': None,
        'attachments': [],
        'max_line_length': max(len(line) for line in data.split(b'\r\n')),
        'bare_lf': b'\n' in data.replace(b'\r\n', b''),
    }
    body = msg.get_body(preferencelist=('plain',))
    if body is not None:
        result['body'] = body.get_content()
        result['body_charset'] = body.get_content_charset()
    for part in msg.iter_attachments():
        result['attachments'].append({
            'filename': part.get_filename(),
            'content_type': part.get_content_type(),
            'transfer_encoding': part.get('Content-Transfer-Encoding'),
            'data': base64.b64encode(part.get_payload(decode=True)).decode('ascii'),
            'defects': [type(d).__name__ for d in part.defects],
        })
    json.dump(result, sys.stdout)


if __name__ == '__main__':
    main()
