# The stand-in bridge's XMPP client: it does what the real bridge's MucClient does, so that its settings are
# tested for real. For each connection in videobridge.apis.xmpp-client.configs (jvb.conf) or
# org.jitsi.videobridge.xmpp.user.<id>.* (sip-communicator.properties) it connects to HOSTNAME:PORT,
# requires STARTTLS (the certificate checked for DOMAIN unless DISABLE_CERTIFICATE_VERIFICATION), logs in
# as USERNAME@DOMAIN with PASSWORD, and joins every room of MUC_JIDS as MUC_NICKNAME. It stays connected
# and, like the real bridge, tries again every few seconds after a failure. It logs in the bridge's log
# format, never a password, and nothing of what others send.
# Usage: ruby xmpp-client.rb HOCON_FILE PROPERTIES_FILE
require 'socket'
require 'openssl'
require 'timeout'
require 'hocon'

RETRY_SECONDS = 5

def log(level, where, text)
  $stdout.puts "JVB #{Time.now.strftime('%Y-%m-%d %H:%M:%S.%L')} #{level}: [#{Thread.current[:number] || 1}] #{where}: #{text}"
  $stdout.flush
end

def configs(hocon_file, properties_file)
  found = {}
  if properties_file && File.readable?(properties_file)
    File.foreach(properties_file) do |line|
      next unless line =~ /\A\s*org\.jitsi\.videobridge\.xmpp\.user\.([^.=\s]+)\.([A-Z_]+)\s*=\s*(.*?)\s*\z/
      (found[Regexp.last_match(1)] ||= {})[Regexp.last_match(2)] = Regexp.last_match(3)
    end
  end
  if hocon_file && File.readable?(hocon_file)
    tree = begin
      Hocon.load(hocon_file)
    rescue StandardError => e
      log('SEVERE', 'XmppClientConnect.start#49', "Cannot read the XMPP settings of #{hocon_file}: #{e.class.name}")
      {}
    end
    shards = tree.dig('videobridge', 'apis', 'xmpp-client', 'configs') || {}
    shards.each do |id, settings|
      next unless settings.is_a?(Hash)
      found[id] = (found[id] || {}).merge(settings.transform_values(&:to_s))
    end
  end
  found
end

def xml_escape(text)
  text.to_s.gsub('&', '&amp;').gsub('<', '&lt;').gsub('>', '&gt;').gsub("'", '&apos;').gsub('"', '&quot;')
end

# One connection of the bridge to one XMPP server.
class MucClient
  class Refused < StandardError; end

  def initialize(id, settings)
    @id = id
    @settings = settings
    @buffer = +''
  end

  def where
    "MucClient.run#[#{@id}]"
  end

  def run_forever
    loop do
      begin
        session
      rescue Refused, StandardError => e
        log('SEVERE', where, "#{e.class == Refused ? '' : "#{e.class.name.split('::').last}: "}#{e.message}; trying again in #{RETRY_SECONDS} s")
      ensure
        @io&.close rescue nil
      end
      sleep RETRY_SECONDS
    end
  end

  private

  def setting(name, default = nil)
    value = @settings[name]
    value.nil? || value.empty? ? default : value
  end

  def session
    host = setting('HOSTNAME', 'localhost')
    port = setting('PORT', '5222').to_i
    domain = setting('DOMAIN', host)
    user = setting('USERNAME')
    nickname = setting('MUC_NICKNAME', 'jvb')
    rooms = setting('MUC_JIDS', '').split(',').map(&:strip).reject(&:empty?)
    raise Refused, "no USERNAME or PASSWORD for #{@id}" if user.nil? || setting('PASSWORD').nil?

    log('INFO', where, "Connecting to #{host}:#{port} as #{user}@#{domain}")
    @buffer = +''
    @io = Timeout.timeout(10, Refused, "no connection to #{host}:#{port} within 10 s") { Socket.tcp(host, port) }
    start_tls(domain)
    log_in(domain, user)
    bind(nickname)
    rooms.each do |room|
      write("<presence to='#{xml_escape(room)}/#{xml_escape(nickname)}'><x xmlns='http://jabber.org/protocol/muc'/></presence>")
    end
    log('INFO', where, "Logged in as #{user}@#{domain}; joining #{rooms.join(', ')}")
    keep_alive
    listen(rooms)
  end

  def start_tls(domain)
    open_stream(domain)
    features = read_until(%r{</stream:features>})
    raise Refused, "the server at #{setting('HOSTNAME', 'localhost')} offers no STARTTLS" unless features.include?('<starttls')
    write("<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>")
    raise Refused, 'the server refused STARTTLS' unless read_until(%r{<(proceed|failure)[^>]*/>}).include?('<proceed')
    context = OpenSSL::SSL::SSLContext.new
    verify = setting('DISABLE_CERTIFICATE_VERIFICATION', 'false') != 'true'
    context.set_params(verify_mode: verify ? OpenSSL::SSL::VERIFY_PEER : OpenSSL::SSL::VERIFY_NONE, verify_hostname: verify)
    tls = OpenSSL::SSL::SSLSocket.new(@io, context)
    tls.hostname = domain
    tls.sync_close = true
    begin
      Timeout.timeout(10) { tls.connect }
      tls.post_connection_check(domain) if verify
    rescue OpenSSL::SSL::SSLError => e
      raise Refused, "TLS with #{domain} failed: #{e.message}"
    end
    @io = tls
  end

  def log_in(domain, user)
    open_stream(domain)
    features = read_until(%r{</stream:features>})
    raise Refused, "the server offers no PLAIN login for #{domain}" unless features.include?('>PLAIN<')
    token = ["\0#{user}\0#{setting('PASSWORD')}"].pack('m0')
    write("<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>#{token}</auth>")
    answer = read_until(%r{<success[^>]*/>|</success>|</failure>|<failure[^>]*/>})
    return if answer.include?('<success')

    condition = answer[/<failure[^>]*>\s*<([a-z-]+)/, 1] || 'failure'
    raise Refused, "Failed to log in as #{user}@#{domain}: SASLError using PLAIN: #{condition}"
  end

  def bind(resource)
    open_stream(setting('DOMAIN', setting('HOSTNAME', 'localhost')))
    read_until(%r{</stream:features>})
    write("<iq type='set' id='bind'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'><resource>#{xml_escape(resource)}</resource></bind></iq>")
    answer = read_until(%r{</iq>|<iq[^>]*/>})
    raise Refused, 'resource binding refused' unless answer =~ /type=['"]result['"]/
  end

  def listen(rooms)
    loop do
      stanza = read_until(%r{<presence\b[^>]*/>|</presence>|</stream:stream>}, nil)
      raise Refused, 'the server closed the connection' if stanza.include?('</stream:stream>')

      from = stanza[/<presence\b[^>]*\bfrom=['"]([^'"]+)['"]/, 1].to_s
      # Prosody names a room in lower case, whatever case the join used (JvbBrewery in older settings)
      room = rooms.find { |r| from.downcase.start_with?("#{r.downcase}/") }
      next if room.nil?

      if stanza =~ /<presence\b[^>]*type=['"]error['"]/
        condition = stanza[/<error[^>]*>\s*<([a-z-]+)/, 1] || 'error'
        log('SEVERE', where, "Failed to join MUC #{room}: #{condition}")
      elsif stanza =~ /<status code=['"]110['"]/
        log('INFO', where, "Joined MUC: #{room}")
      end
    end
  end

  def keep_alive
    io = @io
    Thread.new do
      loop do
        sleep 30
        begin
          io.write(' ')
        rescue StandardError
          break
        end
      end
    end
  end

  def open_stream(domain)
    write("<?xml version='1.0'?><stream:stream to='#{xml_escape(domain)}' version='1.0' xml:lang='en' " \
          "xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>")
  end

  def write(text)
    @io.write(text)
    @io.flush
  end

  # Reads until the pattern matches; returns the text up to the end of the match and keeps the rest.
  def read_until(pattern, seconds = 15)
    loop do
      match = pattern.match(@buffer)
      if match
        taken = @buffer[0, match.end(0)]
        @buffer = @buffer[match.end(0)..]
        return taken
      end
      if seconds
        Timeout.timeout(seconds, Refused, 'no answer from the server') { @buffer << @io.readpartial(65_536) }
      else
        @buffer << @io.readpartial(65_536)
      end
      @buffer = @buffer[-262_144..] if @buffer.bytesize > 1_048_576
    end
  rescue EOFError, Errno::ECONNRESET
    raise Refused, 'the server closed the connection'
  end
end

$stdout.sync = true
found = configs(ARGV[0], ARGV[1])
log('INFO', 'XmppClientConnect.start#52', "XMPP client connections: #{found.keys.join(', ')}") unless found.empty?
threads = found.each_with_index.map do |(id, settings), index|
  Thread.new do
    Thread.current[:number] = index + 20
    MucClient.new(id, settings).run_forever
  end
end
threads.each(&:join)
sleep if threads.empty?
