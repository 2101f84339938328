#!/usr/bin/env python3
"""A loopback SMTP server for the email tests: accepts every message and appends one line per
message to a log file: the Message-ID header, a tab, the recipients. Prints READY once listening.

Usage: smtp_sink.py PORT LOGFILE [MAILDIR]   (MAILDIR: also keep each message as NNNN.eml)
Debian 12's python3.11 still ships smtpd (deprecated, removed in 3.12)."""
import email
import os
import sys
import warnings

warnings.filterwarnings("ignore", category=DeprecationWarning)
import asyncore  # noqa: E402
import smtpd  # noqa: E402


class Sink(smtpd.SMTPServer):
    def __init__(self, port, log, maildir):
        super().__init__(("127.0.0.1", port), None, decode_data=False)
        self.log = open(log, "a", buffering=1)
        self.maildir = maildir
        self.count = 0

    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        message = email.message_from_bytes(data)
        self.count += 1
        if self.maildir:
            with open(os.path.join(self.maildir, "%06d.eml" % self.count), "wb") as f:
                f.write(data)
        self.log.write("%s\t%s\n" % (message.get("Message-ID", ""), ",".join(rcpttos)))
        self.log.flush()
        return None


if __name__ == "__main__":
    port, log = int(sys.argv[1]), sys.argv[2]
    maildir = sys.argv[3] if len(sys.argv) > 3 else None
    Sink(port, log, maildir)
    print("READY", flush=True)
    asyncore.loop(timeout=0.2)
