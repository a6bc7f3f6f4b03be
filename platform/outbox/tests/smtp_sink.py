"""A small SMTP server that accepts every mail and keeps it: the job tests
need a real server on a real port that can be down, then up."""

import socketserver
import threading


class _Session(socketserver.StreamRequestHandler):
    def handle(self):
        self.wfile.write(b"220 sink ready\r\n")
        data = None
        for raw in self.rfile:
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            if data is not None:
                if line == ".":
                    self.server.mails.append("\n".join(data))
                    data = None
                    self.wfile.write(b"250 kept\r\n")
                else:
                    data.append(line[1:] if line.startswith("..") else line)
                continue
            verb = line[:4].upper()
            if verb in ("EHLO", "HELO"):
                self.wfile.write(b"250 sink\r\n")
            elif verb == "DATA":
                data = []
                self.wfile.write(b"354 go on\r\n")
            elif verb == "QUIT":
                self.wfile.write(b"221 bye\r\n")
                return
            else:  # MAIL, RCPT, RSET, NOOP
                self.wfile.write(b"250 ok\r\n")


class SmtpSink(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, port=0):
        super().__init__(("127.0.0.1", port), _Session)
        self.mails = []
        self.port = self.server_address[1]
        threading.Thread(target=self.serve_forever, daemon=True).start()

    def stop(self):
        self.shutdown()
        self.server_close()
