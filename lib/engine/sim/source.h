#pragma once
// Where an answer comes from: the RFC 9293 check (§3.10.7) or the Linux kernel function that
// decides a segment's fate. The simulator cites one per decision it takes on an arriving segment
// (StepRecord::sources); lib/core words them (SimText::source). Plain C++.

namespace tsl::sim {

enum class Source {
    // RFC 9293 §3.10.7
    RfcClosed,           // §3.10.7.1, CLOSED
    RfcListenRst,        // §3.10.7.2, first check (RST)
    RfcListenAck,        // §3.10.7.2, second check (ACK)
    RfcListenSyn,        // §3.10.7.2, third check (SYN)
    RfcListenOther,      // §3.10.7.2, fourth: other text or control
    RfcSynSentAck,       // §3.10.7.3, first check (ACK)
    RfcSynSentRst,       // §3.10.7.3, second check (RST)
    RfcSynSentSyn,       // §3.10.7.3, fourth check (SYN)
    RfcSynSentOther,     // §3.10.7.3, fifth: neither SYN nor RST
    RfcTrim,             // §3.10.7.4: the idealized segment, trimmed to the window
    RfcSequence,         // §3.10.7.4, first check (sequence number)
    RfcRst,              // §3.10.7.4, second check (RST)
    RfcRstSynReceived,   // §3.10.7.4, second check, SYN-RECEIVED
    RfcSyn,              // §3.10.7.4, fourth check (SYN)
    RfcSynSynReceived,   // §3.10.7.4, fourth check, SYN-RECEIVED
    RfcAck,              // §3.10.7.4, fifth check (ACK)
    RfcAckSynReceived,   // §3.10.7.4, fifth check, SYN-RECEIVED
    RfcAckTimeWait,      // §3.10.7.4, fifth check, TIME-WAIT
    RfcText,             // §3.10.7.4, seventh check (segment text)
    RfcFin,              // §3.10.7.4, eighth check (FIN)
    Rfc5961,             // RFC 5961 §3.2/§4.2: the challenge ACK
    Rfc1337,             // RFC 1337: TIME-WAIT ignores a RST (net.ipv4.tcp_rfc1337 = 1)
    Rfc6191,             // RFC 6191: a new SYN may end TIME-WAIT
    Rfc1122AbortOnData,  // RFC 1122 §4.2.2.13: data after close draws a RST
    // Linux (net/ipv4/tcp_input.c, tcp_minisocks.c, tcp_ipv4.c)
    LinuxNoSocket,       // tcp_v4_rcv(): no socket, tcp_v4_send_reset()
    LinuxListen,         // tcp_rcv_state_process(), LISTEN: tcp_conn_request()
    LinuxSynSent,        // tcp_rcv_synsent_state_process()
    LinuxCheckReq,       // tcp_check_req(): the request socket of a passive SYN_RECEIVED
    LinuxTimewait,       // tcp_timewait_state_process()
    LinuxValidate,       // tcp_validate_incoming(): sequence, RST, SYN checks
    LinuxStateProcess,   // tcp_rcv_state_process(): the ACK and the state's step
    LinuxAck,            // tcp_ack()
    LinuxDataQueue,      // tcp_data_queue() and tcp_fin()
};

} // namespace tsl::sim
