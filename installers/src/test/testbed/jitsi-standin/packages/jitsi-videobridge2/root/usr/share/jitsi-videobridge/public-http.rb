# The stand-in bridge's public HTTP server, where the real bridge serves its colibri WebSocket
# (videobridge.websockets, on videobridge.http-servers.public.port, 9090 unless set). It starts only when
# websockets are enabled, as the real one, and answers every request "404 Not Found" (no conference
# exists on a stand-in), so a proxy in front of it can be seen to reach it. It logs nothing of the requests.
# Usage: ruby public-http.rb HOCON_FILE
require 'socket'
require 'hocon'

tree = File.readable?(ARGV[0].to_s) ? Hocon.load(ARGV[0]) : {}
bridge = tree['videobridge'] || {}
exit 0 unless bridge.dig('websockets', 'enabled').to_s == 'true'

port = (bridge.dig('http-servers', 'public', 'port') || 9090).to_i
server = begin
  TCPServer.new('::', port)
rescue SystemCallError
  TCPServer.new('0.0.0.0', port)
end
$stdout.puts "JVB #{Time.now.strftime('%Y-%m-%d %H:%M:%S.%L')} INFO: [1] AbstractServerLauncher.start#53: Public HTTP server on port #{port} (stand-in)"
$stdout.flush
loop do
  client = server.accept
  Thread.new(client) do |c|
    begin
      # the request line and headers, up to the blank line (bounded), then one answer
      8192.times { break if (c.gets || "\r\n").strip.empty? }
      c.write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
    rescue StandardError
      nil
    ensure
      c.close rescue nil
    end
  end
end
