#!/usr/bin/python3
"""A controllable SMTP server for UsageDesk's tests (docs/email.md).

Built on aiosmtpd (python3-aiosmtpd). The faults aiosmtpd has no API for
(slow replies, closing after EHLO, recording every command line) are added by
subclassing its SMTP protocol. Prints the listening port on the first line of
stdout, then serves until killed.
"""

import argparse
import asyncio
import json
import os
import ssl
import sys

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


def parse_args():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument('--host', default='127.0.0.1')
    p.add_argument('--port', type=int, default=0)
    p.add_argument('--mode', choices=['plain', 'starttls', 'tls'], default='plain')
    p.add_argument('--require-auth', metavar='USER:PASS')
    p.add_argument('--auth-mechanisms', default='PLAIN,LOGIN',
                   help='the AUTH mechanisms offered, comma-separated (PLAIN, LOGIN)')
    p.add_argument('--cert')
    p.add_argument('--key')
    p.add_argument('--out', metavar='DIR', help='save accepted messages as N.eml + N.json')
    p.add_argument('--first-data-reply', metavar='"451 ..."',
                   help='the first DATA gets this reply, later ones 250')
    p.add_argument('--rcpt-reply', action='append', default=[], metavar='ADDR=CODE',
                   help='reply CODE to RCPT TO:<ADDR> (repeatable)')
    p.add_argument('--no-reply-after-data', action='store_true',
                   help='take the message, then never answer')
    p.add_argument('--drop-after-data', action='store_true',
                   help='close the connection after the final "." without a reply')
    p.add_argument('--no-starttls', action='store_true',
                   help='do not offer STARTTLS even in starttls mode')
    p.add_argument('--refuse-ehlo', action='store_true',
                   help='answer EHLO with 502 (an old server: the client falls back to HELO)')
    p.add_argument('--close-after-ehlo', action='store_true',
                   help='close the connection after answering EHLO/HELO')
    p.add_argument('--inject-after-starttls', action='store_true',
                   help='send a forged "250" reply in clear text right after "220 Ready to '
                        'start TLS" (a client must discard it)')
    p.add_argument('--data-reply-delay', type=float, default=0, metavar='SECONDS',
                   help='save the message, then wait this long before the 250 reply (a test '
                        'can kill the client while the server has the message)')
    p.add_argument('--slow-bytes-per-second', type=float, default=0,
                   help='write replies one byte at a time at this rate')
    p.add_argument('--record-commands', metavar='FILE',
                   help='append every command line received (AUTH payloads included)')
    return p.parse_args()


class State:
    def __init__(self, args):
        self.args = args
        self.data_count = 0
        self.saved = 0
        self.rcpt_replies = {}
        for item in args.rcpt_reply:
            address, _, code = item.rpartition('=')
            self.rcpt_replies[address.lower()] = code

    def record(self, line):
        if not self.args.record_commands:
            return
        with open(self.args.record_commands, 'ab') as f:
            f.write(line.rstrip(b'\r\n') + b'\n')


class Handler:
    def __init__(self, state):
        self.state = state

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        code = self.state.rcpt_replies.get(address.lower())
        if code:
            text = {'550': '5.1.1 No such user', '450': '4.2.1 Mailbox busy, try later'}
            return f'{code} {text.get(code, "Refused by test server")}'
        envelope.rcpt_tos.append(address)
        return '250 OK'

    async def handle_DATA(self, server, session, envelope):
        st = self.state
        st.data_count += 1
        if st.args.drop_after_data:
            server.transport.close()
            await asyncio.sleep(3600)
        if st.args.no_reply_after_data:
            await asyncio.sleep(3600)
        if st.args.first_data_reply and st.data_count == 1:
            return st.args.first_data_reply
        if st.args.out:
            st.saved += 1
            base = os.path.join(st.args.out, f'{st.saved:04d}')
            with open(base + '.eml', 'wb') as f:
                f.write(envelope.original_content)
            with open(base + '.json', 'w') as f:
                json.dump({'mail_from': envelope.mail_from, 'rcpt_tos': envelope.rcpt_tos,
                           'tls': server.transport.get_extra_info('ssl_object') is not None}, f)
            # Written last: a test polling for .json finds both complete.
        if st.args.data_reply_delay:
            await asyncio.sleep(st.args.data_reply_delay)
        return '250 2.0.0 Message accepted for delivery'


class TestSMTP(SMTP):
    """aiosmtpd's protocol with recording, slow replies and close-after-EHLO."""

    def __init__(self, state, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.test_state = state
        self.in_data = False

    def _client_connected_cb(self, reader, writer):
        super()._client_connected_cb(reader, writer)
        st = self.test_state
        original_readuntil = reader.readuntil
        original_readline = reader.readline

        async def readuntil(separator=b'\n'):
            line = await original_readuntil(separator)
            self.record_line(line)
            return line

        async def readline():
            line = await original_readline()
            self.record_line(line)
            return line

        if st.args.record_commands:
            reader.readuntil = readuntil
            reader.readline = readline

    def record_line(self, line):
        # Message lines are not commands: skip from DATA to the final ".".
        if self.in_data:
            if line in (b'.\r\n', b'.\n'):
                self.in_data = False
            return
        self.test_state.record(line)
        if line.strip().upper() == b'DATA':
            self.in_data = True

    async def smtp_DATA(self, arg):
        await super().smtp_DATA(arg)
        self.in_data = False

    async def push(self, status):
        if (self.test_state.args.inject_after_starttls
                and status == '220 Ready to start TLS'):
            # In the same write, so it is already in the client's buffer
            # when it starts the handshake.
            status = status + '\r\n250-injected\r\n250 AUTH PLAIN'
        rate = self.test_state.args.slow_bytes_per_second
        if not rate:
            return await super().push(status)
        data = (status.encode('utf-8') if isinstance(status, str) else status) + b'\r\n'
        for i in range(len(data)):
            self._writer.write(data[i:i + 1])
            await self._writer.drain()
            await asyncio.sleep(1.0 / rate)

    async def smtp_EHLO(self, hostname):
        if self.test_state.args.refuse_ehlo:
            await self.push('502 5.5.1 EHLO not implemented')
            return
        await super().smtp_EHLO(hostname)
        if self.test_state.args.close_after_ehlo:
            self.transport.close()

    async def smtp_HELO(self, hostname):
        await super().smtp_HELO(hostname)
        if self.test_state.args.close_after_ehlo:
            self.transport.close()


def make_authenticator(user_pass):
    user, _, password = user_pass.partition(':')

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword)
              and auth_data.login.decode() == user and auth_data.password.decode() == password)
        # handled=False: aiosmtpd then answers 535 itself.
        return AuthResult(success=ok, handled=False)

    return authenticator


async def main():
    args = parse_args()
    if args.out:
        os.makedirs(args.out, exist_ok=True)
    state = State(args)
    handler = Handler(state)
    context = None
    if args.mode in ('starttls', 'tls'):
        if not (args.cert and args.key):
            sys.exit('--cert and --key are needed in starttls and tls modes')
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.cert, args.key)

    def factory():
        kwargs = dict(hostname='test.usagedesk.invalid', ident='UsageDesk test SMTP')
        if args.mode == 'starttls' and not args.no_starttls:
            kwargs['tls_context'] = context
            kwargs['require_starttls'] = True
        if args.require_auth:
            kwargs['authenticator'] = make_authenticator(args.require_auth)
            kwargs['auth_required'] = True
            offered = {m.strip().upper() for m in args.auth_mechanisms.split(',') if m.strip()}
            kwargs['auth_exclude_mechanism'] = [m for m in ('PLAIN', 'LOGIN') if m not in offered]
            # Accept AUTH without TLS too: the client is the one that must refuse.
            kwargs['auth_require_tls'] = False
        return TestSMTP(state, handler, **kwargs)

    loop = asyncio.get_running_loop()
    server = await loop.create_server(factory, host=args.host, port=args.port,
                                      ssl=context if args.mode == 'tls' else None)
    port = server.sockets[0].getsockname()[1]
    print(port, flush=True)
    async with server:
        await server.serve_forever()


if __name__ == '__main__':
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
