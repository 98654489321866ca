<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnimationCommand</name>
    <message>
        <source>Write a scenario as an animation: the state diagram with its tokens gliding and the ladder beside it, one group of frames per step. The format follows FILE&apos;s extension: .gif, .webp (animated) or .html (one self-contained page with a step control). No display is needed.</source>
        <translation>将场景写为动画：状态图及其滑动的标记，旁边是梯形图，每一步一组帧。格式取决于文件扩展名：.gif、.webp（动画）或 .html（带步骤控件的独立网页）。无需显示器。</translation>
    </message>
    <message>
        <source>The scenario (see simulate --list).</source>
        <translation>场景（参见 simulate --list）。</translation>
    </message>
    <message>
        <source>SCENARIO</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Colour theme: light, dark or print.</source>
        <translation>配色主题：light、dark 或 print。</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Width in pixels, %1 to %2 (default %3).</source>
        <translation>宽度（像素），%1 到 %2（默认 %3）。</translation>
    </message>
    <message>
        <source>W</source>
        <translation>宽</translation>
    </message>
    <message>
        <source>Height in pixels, %1 to %2 (default %3).</source>
        <translation>高度（像素），%1 到 %2（默认 %3）。</translation>
    </message>
    <message>
        <source>H</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Frames per second while the tokens glide, %1 to %2 (default %3).</source>
        <translation>标记滑动时的每秒帧数，%1 到 %2（默认 %3）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>How long one step lasts, glide and pause, in milliseconds, %1 to %2 (default %3).</source>
        <translation>每一步（滑动加停顿）持续的毫秒数，%1 到 %2（默认 %3）。</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>Which TCP the simulator plays: rfc9293 (the default) or linux.</source>
        <translation>模拟器模拟哪种 TCP：rfc9293（默认）或 linux。</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>export-animation needs a SCENARIO and a FILE (see --help).</source>
        <translation>export-animation 需要一个场景和一个文件（参见 --help）。</translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot;; valid themes: %2</source>
        <translation>未知主题“%1”；有效主题：%2</translation>
    </message>
    <message>
        <source>invalid --%1 &quot;%2&quot;: use a whole number from %3 to %4.</source>
        <translation>无效的 --%1“%2”：请使用 %3 到 %4 之间的整数。</translation>
    </message>
    <message>
        <source>cannot export to &quot;%1&quot;: unknown file type; use .gif, .webp or .html.</source>
        <translation>无法导出到“%1”：未知文件类型；请使用 .gif、.webp 或 .html。</translation>
    </message>
</context>
<context>
    <name>AnimationExporter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>The width must be from %1 to %2 pixels.</source>
        <translation>宽度必须为 %1 到 %2 像素。</translation>
    </message>
    <message>
        <source>The height must be from %1 to %2 pixels.</source>
        <translation>高度必须为 %1 到 %2 像素。</translation>
    </message>
    <message>
        <source>The frame rate must be from %1 to %2 frames per second.</source>
        <translation>帧率必须为每秒 %1 到 %2 帧。</translation>
    </message>
    <message>
        <source>A step must last from %1 to %2 milliseconds.</source>
        <translation>每一步必须持续 %1 到 %2 毫秒。</translation>
    </message>
    <message>
        <source>Cannot export to &quot;%1&quot;: unknown file type; use .gif, .webp or .html.</source>
        <translation>无法导出到“%1”：未知文件类型；请使用 .gif、.webp 或 .html。</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>AnimationFrames</name>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
</context>
<context>
    <name>AnimationScript</name>
    <message>
        <source>Simulation</source>
        <translation>模拟</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show help for this command.</source>
        <translation>显示此命令的帮助。</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; valid commands: %2</source>
        <translation>未知命令“%1”；有效命令：%2</translation>
    </message>
    <message>
        <source>LOCALE</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; available: %2</source>
        <translation>未知语言“%1”；可用语言：%2</translation>
    </message>
    <message>
        <source>Print every edge of the TCP state machine (RFC 9293 Figure 5 and §3.10).</source>
        <translation>打印 TCP 状态机的每一条边（RFC 9293 图 5 及 §3.10）。</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>以 JSON 代替表格输出。</translation>
    </message>
    <message>
        <source>transitions takes no arguments, got &quot;%1&quot;.</source>
        <translation>transitions 不接受参数，收到了“%1”。</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>起始状态</translation>
    </message>
    <message>
        <source>EVENT / ACTION</source>
        <translation>事件 / 动作</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>目标状态</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Edges: %1</source>
        <translation>边数：%1</translation>
    </message>
    <message>
        <source>Language, e.g. de or zh_CN.</source>
        <translation>语言，例如 de 或 zh_CN。</translation>
    </message>
    <message>
        <source>%1 is run by the window program %2, which was not found beside this one.</source>
        <translation>%1 由窗口程序 %2 运行，但在本程序旁边找不到它。</translation>
    </message>
    <message>
        <source>cannot start the window program (%1): %2</source>
        <translation>无法启动窗口程序（%1）：%2</translation>
    </message>
    <message>
        <source>no such program</source>
        <translation>没有该程序</translation>
    </message>
    <message>
        <source>Commands (each has its own --help):
  export-diagram FILE   Write the state diagram to a PNG, SVG or PDF file.
  transitions           Print the transition table (RFC 9293).
  snapshot              Print the kernel&apos;s TCP table, like ss.
  watch                 Print every TCP state change as it happens.
  lab                   Real loopback sockets: reach and hold a state, run a scenario.
  simulate SCENARIO     Step through a scenario in the simulator.
  export-ladder SCENARIO FILE  Write a scenario&apos;s ladder diagram (PNG, SVG, PDF).
  export-animation SCENARIO FILE  Write a scenario as an animation (GIF, WebP, HTML).
  net check|run SCENARIO  Two real TCP stacks in a private network, every segment held.
  pkt run SCRIPT.pkt...  Play packetdrill scripts against a real TCP stack, without root.
  whatif STATE SEGMENT  What a socket in STATE answers to a crafted segment (kernel and simulator).
  exercise FILE         Answer a Predict exercise: the next state and segment, by number.
  replay FILE           A capture&apos;s TCP connections, both ends&apos; states inferred segment by segment.
Without a command the main window opens.</source>
        <translation>命令（每个命令都有自己的 --help）：
  export-diagram 文件   将状态图写入 PNG、SVG 或 PDF 文件。
  transitions           打印状态转换表（RFC 9293）。
  snapshot              像 ss 一样打印内核的 TCP 表。
  watch                 实时打印每一次 TCP 状态变化。
  lab                   真实的回环套接字：到达并保持某个状态，运行场景。
  simulate 场景         在模拟器中逐步演示一个场景。
  export-ladder 场景 文件  写出场景的梯形图（PNG、SVG、PDF）。
  export-animation 场景 文件  将场景写为动画（GIF、WebP、HTML）。
  net check|run 场景    私有网络中的两个真实 TCP 协议栈，每个报文段都被拦住。
  pkt run 脚本.pkt...   无需 root,针对真实 TCP 协议栈运行 packetdrill 脚本。
  whatif 状态 报文段    处于某状态的套接字如何应答一个构造的报文段（内核与模拟器）。
  exercise FILE         回答预测练习：按编号选择下一个状态和报文段。
  replay FILE           抓包中的 TCP 连接，逐个报文段推断两端的状态。
不带命令时打开主窗口。</translation>
    </message>
</context>
<context>
    <name>ConditionText</name>
    <message>
        <source>depends on how the state was reached</source>
        <translation>取决于如何到达该状态</translation>
    </message>
    <message>
        <source>reached actively</source>
        <translation>主动到达</translation>
    </message>
    <message>
        <source>reached passively</source>
        <translation>被动到达</translation>
    </message>
    <message>
        <source>depends on how the socket was closed</source>
        <translation>取决于套接字如何关闭</translation>
    </message>
    <message>
        <source>after close()</source>
        <translation>close() 之后</translation>
    </message>
    <message>
        <source>after shutdown()</source>
        <translation>shutdown() 之后</translation>
    </message>
    <message>
        <source>depends on a listener on the port</source>
        <translation>取决于端口上是否有监听套接字</translation>
    </message>
    <message>
        <source>with a listener</source>
        <translation>有监听套接字</translation>
    </message>
    <message>
        <source>without a listener</source>
        <translation>无监听套接字</translation>
    </message>
    <message>
        <source>depends on %1</source>
        <translation>取决于 %1</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1：%2 %3</translation>
    </message>
    <message>
        <source>This answer %1 — %2.</source>
        <translation>此应答%1 —— %2。</translation>
    </message>
</context>
<context>
    <name>DiagramAccessible</name>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上有 %1</translation>
    </message>
    <message>
        <source>%1, on %2</source>
        <translation>%1，位于 %2</translation>
    </message>
    <message>
        <source>%1, moving from %2 to %3</source>
        <translation>%1，正从 %2 移向 %3</translation>
    </message>
    <message>
        <source>TCP state diagram</source>
        <translation>TCP 状态图</translation>
    </message>
    <message>
        <source>The eleven TCP states and the edges between them. Arrow keys move between the states along the edges, Enter explains, Space steps the simulator.</source>
        <translation>TCP 的十一个状态及其之间的边。方向键沿着边在状态之间移动，回车键给出解释，空格键让模拟器前进一步。</translation>
    </message>
</context>
<context>
    <name>DiagramExporter</name>
    <message>
        <source>Cannot export to &quot;%1&quot;: unknown file type. Use a name ending in .png, .svg or .pdf.</source>
        <translation>无法导出到“%1”：未知文件类型。请使用以 .png、.svg 或 .pdf 结尾的文件名。</translation>
    </message>
    <message>
        <source>Cannot export at %1×%2: width and height must be between 16 and 20000 pixels.</source>
        <translation>无法以 %1×%2 导出：宽度和高度必须在 16 到 20000 像素之间。</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: the PNG encoder failed.</source>
        <translation>无法写入“%1”：PNG 编码失败。</translation>
    </message>
    <message>
        <source>TCP state diagram</source>
        <translation>TCP 状态图</translation>
    </message>
    <message>
        <source>The eleven TCP connection states of RFC 9293, drawn by TCP State Lab.</source>
        <translation>RFC 9293 定义的十一种 TCP 连接状态，由 TCP State Lab 绘制。</translation>
    </message>
</context>
<context>
    <name>ExerciseCommand</name>
    <message>
        <source>Your answer (1-%1): </source>
        <translation>你的答案（1-%1）：</translation>
    </message>
    <message>
        <source>Please answer with a number from 1 to %1.</source>
        <translation>请用 1 到 %1 之间的数字作答。</translation>
    </message>
    <message>
        <source>Answer a Predict exercise: before each question step, say the state a side will be in and the segment it will send, by number; the score comes at the end. Answers are read from standard input, one a line.</source>
        <translation>回答预测练习：在每个问题步骤之前，用编号说出一方将处于的状态及其将发送的报文段；最后给出得分。答案从标准输入读取，每行一个。</translation>
    </message>
    <message>
        <source>The exercise file (JSON, see the README).</source>
        <translation>练习文件（JSON，见 README）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Write the results (one row per question) to CSV.</source>
        <translation>将结果（每个问题一行）写入 CSV。</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>exercise needs one FILE</source>
        <translation>exercise 需要一个文件</translation>
    </message>
    <message>
        <source>%1: this version plays exercises over simulator scenarios; a wire exercise (on the real kernels) cannot be played yet.</source>
        <translation>%1：此版本只能运行基于模拟器场景的练习；线路练习（在真实内核上）暂时无法运行。</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n question(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 · %2</source>
        <translation>第 %1 步 · %2</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>End of input: the exercise stops here.</source>
        <translation>输入结束：练习在此停止。</translation>
    </message>
</context>
<context>
    <name>ExerciseFile</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>an exercise file holds one JSON object</source>
        <translation>练习文件应包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>必须为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>%1 is not a version this program reads (it reads 1 to %2)</source>
        <translation>%1 不是本程序可读取的版本（可读取 1 到 %2）</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>must be an object with &quot;kind&quot; and &quot;name&quot;</source>
        <translation>必须是包含 &quot;kind&quot; 和 &quot;name&quot; 的对象</translation>
    </message>
    <message>
        <source>must be &quot;scenario&quot; or &quot;wire&quot;</source>
        <translation>必须为 &quot;scenario&quot; 或 &quot;wire&quot;</translation>
    </message>
    <message>
        <source>must be a scenario&apos;s name</source>
        <translation>必须是场景名称</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>必须是 %1 之一</translation>
    </message>
    <message>
        <source>must be &quot;basic&quot; or &quot;advanced&quot;</source>
        <translation>必须为 &quot;basic&quot; 或 &quot;advanced&quot;</translation>
    </message>
    <message>
        <source>must be a list of at least one question</source>
        <translation>必须是至少包含一个问题的列表</translation>
    </message>
    <message>
        <source>must be an object with &quot;step&quot;</source>
        <translation>必须是包含 &quot;step&quot; 的对象</translation>
    </message>
    <message>
        <source>must be &quot;A&quot; or &quot;B&quot;</source>
        <translation>必须为 &quot;A&quot; 或 &quot;B&quot;</translation>
    </message>
    <message>
        <source>must be a list of &quot;state&quot; and &quot;segment&quot;</source>
        <translation>必须是由 &quot;state&quot; 和 &quot;segment&quot; 组成的列表</translation>
    </message>
    <message>
        <source>there is no %1 scenario called &quot;%2&quot;</source>
        <translation>没有名为 &quot;%2&quot; 的 %1 场景</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ExerciseText</name>
    <message>
        <source>%1 is not a step of the scenario (1 to %2)</source>
        <translation>%1 不是该场景的步骤（1 到 %2）</translation>
    </message>
    <message>
        <source>step %1 is asked twice</source>
        <translation>步骤 %1 被问了两次</translation>
    </message>
    <message>
        <source>the question asks nothing</source>
        <translation>该问题没有提问任何内容</translation>
    </message>
    <message>
        <source>Which state will %1 be in afterwards?</source>
        <translation>之后 %1 将处于哪个状态？</translation>
    </message>
    <message>
        <source>Which segment will %1 send?</source>
        <translation>%1 将发送哪个报文段？</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>第 %1 步：%2</translation>
    </message>
    <message>
        <source>Step %1 · %2 — %3</source>
        <translation>第 %1 步 · %2 — %3</translation>
    </message>
    <message>
        <source>sends nothing</source>
        <translation>不发送任何内容</translation>
    </message>
    <message>
        <source>%1 with data</source>
        <translation>%1（带数据）</translation>
    </message>
    <message>
        <source>%1 stays in %2: %2 waits for %3, and this step is not that.</source>
        <translation>%1 停留在 %2：%2 等待的是 %3，而这一步不是。</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>%1 stays in %2: this step takes none of its edges.</source>
        <translation>%1 停留在 %2：这一步没有经过它的任何边。</translation>
    </message>
    <message>
        <source>%1 → %2 needs “%3”: %4</source>
        <translation>%1 → %2 需要“%3”：%4</translation>
    </message>
    <message>
        <source>The diagram has no edge from %1 to %2.</source>
        <translation>图中没有从 %1 到 %2 的边。</translation>
    </message>
    <message>
        <source>%1 takes %2: %3</source>
        <translation>%1 经过 %2：%3</translation>
    </message>
    <message>
        <source>%1 takes no edge of the diagram here, and nothing obliges it to answer.</source>
        <translation>%1 在此没有经过图中的任何边，也没有必须应答的理由。</translation>
    </message>
    <message>
        <source>%1&apos;s edge sends nothing: %2</source>
        <translation>%1 的边不发送任何内容：%2</translation>
    </message>
    <message>
        <source>%1 takes %2.</source>
        <translation>%1 经过 %2。</translation>
    </message>
    <message>
        <source>, then </source>
        <translation>，然后 </translation>
    </message>
    <message>
        <source>%1 changes no state, yet it answers with %2.</source>
        <translation>%1 没有改变状态，但仍以 %2 作答。</translation>
    </message>
    <message>
        <source>The flags are right. seq is the next sequence number %1 sends (%2, relative to its ISS); ack is the next one it expects from its peer (%3).</source>
        <translation>标志正确。seq 是 %1 发送的下一个序列号（%2，相对于其 ISS）；ack 是它期望从对端收到的下一个序列号（%3）。</translation>
    </message>
    <message>
        <source>Right: %1 is in %2.</source>
        <translation>正确：%1 处于 %2。</translation>
    </message>
    <message>
        <source>Right: %1 — %2.</source>
        <translation>正确：%1 — %2。</translation>
    </message>
    <message>
        <source>Not answered: the answer is %1.</source>
        <translation>未作答：答案是 %1。</translation>
    </message>
    <message>
        <source>Not quite: you chose %1, the answer is %2.</source>
        <translation>不太对：你选择了 %1，答案是 %2。</translation>
    </message>
    <message>
        <source>Score: %1 of %2 right</source>
        <translation>得分：%2 题中答对 %1 题</translation>
    </message>
    <message>
        <source>Score: %1 right of %2 answered · %3 to go</source>
        <translation>得分：已答 %2 题，答对 %1 题 · 还剩 %3 题</translation>
    </message>
    <message>
        <source>Advanced: seq and ack too</source>
        <translation>进阶：还包括 seq 和 ack</translation>
    </message>
    <message>
        <source>Basic: states and flags</source>
        <translation>基础：状态和标志</translation>
    </message>
</context>
<context>
    <name>ExplorerExport</name>
    <message>
        <source>What a TCP socket answers: RFC 9293 and Linux</source>
        <translation>TCP 套接字如何应答：RFC 9293 与 Linux</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Each cell: the answer (– none) and, after →, the state the socket moves to. ≠ marks where Linux differs (RFC 9293&apos;s answer | Linux&apos;s).</source>
        <translation>每个单元格：应答（– 表示无应答），→ 之后是套接字转入的状态。≠ 标出 Linux 不同之处（RFC 9293 的应答 | Linux 的应答）。</translation>
    </message>
    <message>
        <source>%1 of %2 cells compared differ.</source>
        <translation>已比较的 %2 个单元格中有 %1 个不同。</translation>
    </message>
    <message>
        <source>A socket in the row&apos;s state receives one crafted segment of the column&apos;s kind. RFC 9293: TCP State Lab&apos;s simulator. Linux: the real kernel (%1), asked in a private network. Receivers opened passively, SYN_SENT actively; CLOSED is a port with no socket.</source>
        <translation>处于该行状态的套接字收到一个该列类型的构造报文段。RFC 9293：TCP State Lab 的模拟器。Linux：真实内核（%1），在私有网络中询问。接收方以被动方式打开，SYN_SENT 以主动方式；CLOSED 表示没有套接字的端口。</translation>
    </message>
    <message>
        <source>both answer alike: the segment sent back</source>
        <translation>两者应答相同：回送的报文段</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>the state the socket moves to (none: it stays)</source>
        <translation>套接字转入的状态（没有则保持不变）</translation>
    </message>
    <message>
        <source>they differ: RFC 9293&apos;s answer above, Linux&apos;s below</source>
        <translation>两者不同：上为 RFC 9293 的应答，下为 Linux 的应答</translation>
    </message>
    <message>
        <source>state \ segment</source>
        <translation>状态 \ 报文段</translation>
    </message>
    <message>
        <source>Where Linux and RFC 9293 differ</source>
        <translation>Linux 与 RFC 9293 的不同之处</translation>
    </message>
    <message>
        <source>RFC 9293 %1.</source>
        <translation>RFC 9293：%1。</translation>
    </message>
    <message>
        <source>Linux %1.</source>
        <translation>Linux：%1。</translation>
    </message>
    <message>
        <source>Made with TCP State Lab %1 on %2.</source>
        <translation>由 TCP State Lab %1 于 %2 生成。</translation>
    </message>
    <message>
        <source>Unknown file type &quot;%1&quot;: use .csv, .html, .json or .txt.</source>
        <translation>未知文件类型“%1”：请使用 .csv、.html、.json 或 .txt。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Conditions: %1.</source>
        <translation>条件：%1。</translation>
    </message>
</context>
<context>
    <name>ExplorerText</name>
    <message>
        <source>RFC 9293</source>
        <translation>RFC 9293</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>Inside the window (%1)</source>
        <translation>窗口之内（%1）</translation>
    </message>
    <message>
        <source>At the left edge (%1)</source>
        <translation>窗口左边沿（%1）</translation>
    </message>
    <message>
        <source>Outside the window (%1)</source>
        <translation>窗口之外（%1）</translation>
    </message>
    <message>
        <source>The crafted segment&apos;s sequence number: %1. Its acknowledgement number (where it has ACK) is SND.NXT.</source>
        <translation>构造报文段的序列号：%1。其确认号（带 ACK 时）为 SND.NXT。</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>could not be asked: %1</source>
        <translation>无法询问：%1</translation>
    </message>
    <message>
        <source>sends nothing and stays in %1</source>
        <translation>不发送任何报文，保持 %1</translation>
    </message>
    <message>
        <source>sends nothing and goes to %1</source>
        <translation>不发送任何报文，转入 %1</translation>
    </message>
    <message>
        <source>answers %1 and stays in %2</source>
        <translation>应答 %1，保持 %2</translation>
    </message>
    <message>
        <source>answers %1 and goes to %2</source>
        <translation>应答 %1，转入 %2</translation>
    </message>
    <message>
        <source>%1 receives %2 with sequence number %3</source>
        <translation>%1 收到 %2，序列号为 %3</translation>
    </message>
    <message>
        <source>Both answer alike.</source>
        <translation>两者应答相同。</translation>
    </message>
    <message>
        <source>Linux sends nothing where RFC 9293 sends %1.</source>
        <translation>RFC 9293 发送 %1，而 Linux 不发送。</translation>
    </message>
    <message>
        <source>Linux sends %1 where RFC 9293 sends nothing.</source>
        <translation>Linux 发送 %1，而 RFC 9293 不发送。</translation>
    </message>
    <message>
        <source>Linux sends %1 where RFC 9293 sends %2.</source>
        <translation>Linux 发送 %1，而 RFC 9293 发送 %2。</translation>
    </message>
    <message>
        <source>Both send %1, with different sequence or acknowledgement numbers.</source>
        <translation>两者都发送 %1，但序列号或确认号不同。</translation>
    </message>
    <message>
        <source>Linux goes to %1, RFC 9293 to %2.</source>
        <translation>Linux 转入 %1，RFC 9293 转入 %2。</translation>
    </message>
    <message>
        <source>RFC 9293 (simulator): %1</source>
        <translation>RFC 9293（模拟器）：%1</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation>尚未询问</translation>
    </message>
    <message>
        <source>Linux (real kernel): %1</source>
        <translation>Linux（真实内核）：%1</translation>
    </message>
    <message>
        <source>They differ: %1</source>
        <translation>两者不同：%1</translation>
    </message>
    <message>
        <source>They agree.</source>
        <translation>两者一致。</translation>
    </message>
    <message>
        <source>Linux stays in %1, RFC 9293 goes to %2.</source>
        <translation>Linux 保持 %1，RFC 9293 转入 %2。</translation>
    </message>
    <message>
        <source>Linux goes to %1, RFC 9293 stays in %2.</source>
        <translation>Linux 转入 %1，RFC 9293 保持 %2。</translation>
    </message>
    <message>
        <source>via %1, closed by %2, %3, %4</source>
        <translation>经由 %1，以 %2 关闭，%3，%4</translation>
    </message>
    <message>
        <source>a listener on the port</source>
        <translation>端口上有监听套接字</translation>
    </message>
    <message>
        <source>no listener on the port</source>
        <translation>端口上无监听套接字</translation>
    </message>
    <message>
        <source>default settings</source>
        <translation>默认设置</translation>
    </message>
    <message>
        <source>settings %1</source>
        <translation>设置 %1</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <source>Write the eleven-state TCP diagram to FILE. The format follows the extension: .png, .svg or .pdf. No display is needed.</source>
        <translation>将 TCP 十一状态图写入文件。格式由扩展名决定：.png、.svg 或 .pdf。无需显示器。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Highlight states, comma-separated or repeated (e.g. ESTABLISHED,TIME_WAIT).</source>
        <translation>高亮显示的状态，用逗号分隔或重复指定（例如 ESTABLISHED,TIME_WAIT）。</translation>
    </message>
    <message>
        <source>STATE[,STATE...]</source>
        <translation>状态[,状态...]</translation>
    </message>
    <message>
        <source>Colour theme: light, dark or print.</source>
        <translation>配色主题：light（浅色）、dark（深色）或 print（打印）。</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Width in pixels (PNG, SVG); for a PDF without --page, the page width in points.</source>
        <translation>宽度，单位为像素（PNG、SVG）；对于未指定 --page 的 PDF，为以点为单位的页面宽度。</translation>
    </message>
    <message>
        <source>W</source>
        <translation>宽</translation>
    </message>
    <message>
        <source>Height in pixels (PNG, SVG); for a PDF without --page, the page height in points.</source>
        <translation>高度，单位为像素（PNG、SVG）；对于未指定 --page 的 PDF，为以点为单位的页面高度。</translation>
    </message>
    <message>
        <source>H</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Paper for a PDF (landscape) and the printed width of an SVG: A4 or Letter. Default: the one your locale uses (%1 here).</source>
        <translation>PDF 的纸张（横向）以及 SVG 的打印宽度：A4 或 Letter。默认：当前区域设置所用的纸张（此处为 %1）。</translation>
    </message>
    <message>
        <source>PAPER</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Put the simulator&apos;s tokens A and B on the diagram where SCENARIO has them (see simulate --list).</source>
        <translation>将模拟器的标记 A 和 B 放在 SCENARIO 中它们所处的状态上（参见 simulate --list）。</translation>
    </message>
    <message>
        <source>SCENARIO</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>With --scenario: the step to show (0 is the start; default: the last step).</source>
        <translation>与 --scenario 一起使用：要显示的步骤（0 为开始；默认：最后一步）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Leave the tokens out: a clean diagram for a handout.</source>
        <translation>不包含标记：用于讲义的干净状态图。</translation>
    </message>
    <message>
        <source>Draw all edges alike instead of marking the client and server paths.</source>
        <translation>所有边使用相同画法，不标出客户端和服务器路径。</translation>
    </message>
    <message>
        <source>Leave out the RST and ABORT edges.</source>
        <translation>省略 RST 和 ABORT 边。</translation>
    </message>
    <message>
        <source>export-diagram needs exactly one FILE (see --help).</source>
        <translation>export-diagram 需要且只需要一个文件参数（参见 --help）。</translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot;; valid themes: %2</source>
        <translation>未知主题“%1”；有效主题：%2</translation>
    </message>
    <message>
        <source>width and height must be whole numbers from 16 to 20000.</source>
        <translation>宽度和高度必须是 16 到 20000 之间的整数。</translation>
    </message>
    <message>
        <source>unknown paper &quot;%1&quot;; valid papers: %2</source>
        <translation>未知纸张“%1”；有效纸张：%2</translation>
    </message>
    <message>
        <source>unknown state &quot;%1&quot;; valid states: %2</source>
        <translation>未知状态“%1”；有效状态：%2</translation>
    </message>
    <message>
        <source>cannot export to &quot;%1&quot;: unknown file type; use .png, .svg or .pdf.</source>
        <translation>无法导出到“%1”：未知文件类型；请使用 .png、.svg 或 .pdf。</translation>
    </message>
    <message>
        <source>--step needs --scenario.</source>
        <translation>--step 需要与 --scenario 一起使用。</translation>
    </message>
    <message>
        <source>unknown scenario &quot;%1&quot;; valid scenarios: %2</source>
        <translation>未知场景“%1”；有效场景：%2</translation>
    </message>
    <message>
        <source>--step must be a whole number from 0 to %1 for %2.</source>
        <translation>对于 %2，--step 必须是 0 到 %1 之间的整数。</translation>
    </message>
</context>
<context>
    <name>GifEncoder</name>
    <message>
        <source>A GIF cannot be %1×%2 pixels.</source>
        <translation>GIF 不能为 %1×%2 像素。</translation>
    </message>
    <message>
        <source>Could not make the GIF&apos;s palette.</source>
        <translation>无法生成 GIF 的调色板。</translation>
    </message>
    <message>
        <source>The GIF was not started.</source>
        <translation>GIF 尚未开始。</translation>
    </message>
</context>
<context>
    <name>HtmlAnimation</name>
    <message>
        <source>Could not encode a picture as WebP.</source>
        <translation>无法将图片编码为 WebP。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>第一步</translation>
    </message>
    <message>
        <source>Previous step (Left arrow)</source>
        <translation>上一步（左方向键）</translation>
    </message>
    <message>
        <source>Next step (Right arrow)</source>
        <translation>下一步（右方向键）</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>最后一步</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Made with TCP State Lab.</source>
        <translation>由 TCP State Lab 制作。</translation>
    </message>
</context>
<context>
    <name>LabAddress</name>
    <message>
        <source>&quot;%1&quot; is not an IP address; the lab binds 127.0.0.1 or ::1.</source>
        <translation>“%1”不是 IP 地址；实验室只绑定 127.0.0.1 或 ::1。</translation>
    </message>
    <message>
        <source>refused: %1 is not a loopback address. Lab sockets bind loopback only (127.0.0.1 or ::1), so the lab never listens beyond this machine.</source>
        <translation>已拒绝：%1 不是回环地址。实验室套接字只绑定回环地址（127.0.0.1 或 ::1），因此实验室绝不会在本机之外监听。</translation>
    </message>
    <message>
        <source>%1 is loopback, but the lab binds 127.0.0.1 or ::1 only; use one of those.</source>
        <translation>%1 是回环地址，但实验室只绑定 127.0.0.1 或 ::1；请使用其中之一。</translation>
    </message>
</context>
<context>
    <name>LabCommands</name>
    <message>
        <source>States (tcpstatelab lab reach STATE):</source>
        <translation>状态（tcpstatelab lab reach 状态）：</translation>
    </message>
    <message>
        <source>Scenarios (tcpstatelab lab run SCENARIO):</source>
        <translation>场景（tcpstatelab lab run 场景）：</translation>
    </message>
    <message>
        <source>Real TCP sockets on loopback, driven into a state and held there (reach STATE), or walked through a scenario (run SCENARIO), their states read live from the kernel.</source>
        <translation>回环地址上的真实 TCP 套接字：驱动到某个状态并保持（reach 状态），或走完一个场景（run 场景），其状态实时从内核读取。</translation>
    </message>
    <message>
        <source>reach STATE, or run SCENARIO.</source>
        <translation>reach 状态，或 run 场景。</translation>
    </message>
    <message>
        <source>reach|run NAME</source>
        <translation>reach|run 名称</translation>
    </message>
    <message>
        <source>List every state recipe and scenario.</source>
        <translation>列出所有状态配方和场景。</translation>
    </message>
    <message>
        <source>reach: hold the state for S seconds (default: until Ctrl-C).</source>
        <translation>reach：保持该状态 S 秒（默认：直到按下 Ctrl-C）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>ipv4 or ipv6 (default ipv4).</source>
        <translation>ipv4 或 ipv6（默认 ipv4）。</translation>
    </message>
    <message>
        <source>FAMILY</source>
        <translation>地址族</translation>
    </message>
    <message>
        <source>The server&apos;s port (default: any free port).</source>
        <translation>服务器端口（默认：任意空闲端口）。</translation>
    </message>
    <message>
        <source>P</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>How to follow the kernel: auto, netlink or procfs.</source>
        <translation>跟踪内核的方式：auto、netlink 或 procfs。</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>run: milliseconds between polls (1 to 1000, default 1).</source>
        <translation>run：两次轮询之间的毫秒数（1 到 1000，默认 1）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>use &quot;lab reach STATE&quot;, &quot;lab run SCENARIO&quot; or &quot;lab --list&quot;.</source>
        <translation>请使用“lab reach 状态”、“lab run 场景”或“lab --list”。</translation>
    </message>
    <message>
        <source>unknown family &quot;%1&quot;; valid families: ipv4, ipv6.</source>
        <translation>未知地址族“%1”；有效值：ipv4、ipv6。</translation>
    </message>
    <message>
        <source>invalid --hold &quot;%1&quot;: use a number of seconds from 0 to 86400.</source>
        <translation>无效的 --hold“%1”：请使用 0 到 86400 之间的秒数。</translation>
    </message>
    <message>
        <source>invalid --interval-ms &quot;%1&quot;: use a whole number from 1 to 1000.</source>
        <translation>无效的 --interval-ms“%1”：请使用 1 到 1000 之间的整数。</translation>
    </message>
    <message>
        <source>the live lab needs Linux to produce and hold states with real sockets; the simulator shows every state on any system.</source>
        <translation>实时实验室需要 Linux 才能用真实套接字产生并保持状态；模拟器可在任何系统上展示所有状态。</translation>
    </message>
    <message>
        <source>cannot reach &quot;%1&quot;; valid states: %2 (CLOSED is the absence of a socket).</source>
        <translation>无法到达“%1”；有效状态：%2（CLOSED 表示套接字不存在）。</translation>
    </message>
    <message>
        <source>could not reach %1: %2</source>
        <translation>未能到达 %1：%2</translation>
    </message>
    <message>
        <source>%1 reached and held (source: %2):</source>
        <translation>已到达并保持 %1（来源：%2）：</translation>
    </message>
    <message>
        <source>Holding for %1 s.</source>
        <translation>保持 %1 秒。</translation>
    </message>
    <message>
        <source>Holding until Ctrl-C.</source>
        <translation>保持直到按下 Ctrl-C。</translation>
    </message>
    <message>
        <source>unknown scenario &quot;%1&quot;; valid scenarios: %2</source>
        <translation>未知场景“%1”；有效场景：%2</translation>
    </message>
    <message>
        <source>scenario %1 failed: %2</source>
        <translation>场景 %1 失败：%2</translation>
    </message>
    <message>
        <source>127.0.0.1 or ::1 (sets the family); any other address is refused.</source>
        <translation>127.0.0.1 或 ::1（同时决定地址族）；其他任何地址都会被拒绝。</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>--address %1 does not match --family %2.</source>
        <translation>--address %1 与 --family %2 不一致。</translation>
    </message>
</context>
<context>
    <name>LabLog</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>LabRunOutput</name>
    <message>
        <source>net.ipv4.tcp_syncookies = %1</source>
        <translation>net.ipv4.tcp_syncookies = %1</translation>
    </message>
    <message>
        <source>after %1 clients: %2 half-open (SYN_RECEIVED) on the server, %3 clients in SYN_SENT, %4 established</source>
        <translation>%1 个客户端之后：服务器上 %2 个半开连接（SYN_RECEIVED），%3 个客户端处于 SYN_SENT，%4 个已建立连接</translation>
    </message>
    <message>
        <source>%1 short connections, client closing first: %2 in TIME_WAIT, %3 to %4 s left</source>
        <translation>%1 个短连接，客户端先关闭：%2 个处于 TIME_WAIT，剩余 %3 到 %4 秒</translation>
    </message>
    <message>
        <source>%1 more, client aborting with SO_LINGER 0: %2 new in TIME_WAIT</source>
        <translation>再建立 %1 个，客户端以 SO_LINGER 0 中止：新增 %2 个 TIME_WAIT</translation>
    </message>
    <message>
        <source>a new listener on the port with TIME_WAIT connections: without SO_REUSEADDR %1, with SO_REUSEADDR %2</source>
        <translation>在有 TIME_WAIT 连接的端口上新建监听套接字：不设 SO_REUSEADDR 时%1，设置 SO_REUSEADDR 时%2</translation>
    </message>
    <message>
        <source>binds</source>
        <translation>绑定成功</translation>
    </message>
    <message>
        <source>fails (%1)</source>
        <translation>失败（%1）</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>LabText</name>
    <message>
        <source>A listening socket.</source>
        <translation>一个监听套接字。</translation>
    </message>
    <message>
        <source>Backlog 0 and nobody accepts: the accept queue is full, the listener drops the next SYN and that client keeps retrying.</source>
        <translation>backlog 为 0 且无人 accept：accept 队列已满，监听套接字丢弃下一个 SYN，该客户端不断重试。</translation>
    </message>
    <message>
        <source>TCP_DEFER_ACCEPT on the listener: the handshake&apos;s bare ACK is ignored, so the server&apos;s half-open request stays.</source>
        <translation>监听套接字启用 TCP_DEFER_ACCEPT：握手中不带数据的 ACK 被忽略，因此服务器的半开请求一直保留。</translation>
    </message>
    <message>
        <source>A client connects and the server accepts.</source>
        <translation>客户端发起连接，服务器 accept。</translation>
    </message>
    <message>
        <source>The server stops reading: the client&apos;s FIN waits behind unsent data in a zero window.</source>
        <translation>服务器停止读取：客户端的 FIN 排在零窗口中未发送的数据之后。</translation>
    </message>
    <message>
        <source>The client shuts down writing; the server does not close.</source>
        <translation>客户端关闭写方向；服务器不关闭。</translation>
    </message>
    <message>
        <source>The server&apos;s side of FIN_WAIT_2: the client&apos;s FIN arrived, the server has not closed.</source>
        <translation>FIN_WAIT_2 的服务器一侧：客户端的 FIN 已到达，服务器尚未关闭。</translation>
    </message>
    <message>
        <source>The client half-closes and stops reading; the server&apos;s FIN waits behind data the client won&apos;t read.</source>
        <translation>客户端半关闭并停止读取；服务器的 FIN 排在客户端不读取的数据之后。</translation>
    </message>
    <message>
        <source>The client closes first, then the server: the client&apos;s end waits 60 s (2MSL on Linux).</source>
        <translation>客户端先关闭，服务器随后关闭：客户端一端等待 60 秒（Linux 上的 2MSL）。</translation>
    </message>
    <message>
        <source>The absence of a socket: nothing to hold.</source>
        <translation>套接字不存在：没有可保持的状态。</translation>
    </message>
    <message>
        <source>Listen, connect, accept: SYN, SYN,ACK, ACK.</source>
        <translation>listen、connect、accept：SYN、SYN,ACK、ACK。</translation>
    </message>
    <message>
        <source>The client closes first (FIN_WAIT_1, FIN_WAIT_2, TIME_WAIT), then the server (CLOSE_WAIT, LAST_ACK).</source>
        <translation>客户端先关闭（FIN_WAIT_1、FIN_WAIT_2、TIME_WAIT），然后服务器关闭（CLOSE_WAIT、LAST_ACK）。</translation>
    </message>
    <message>
        <source>A socket connects to its own port: its SYN meets itself (SYN_SENT, SYN_RECEIVED, ESTABLISHED).</source>
        <translation>套接字连接到自己的端口：它的 SYN 遇到了自己（SYN_SENT、SYN_RECEIVED、ESTABLISHED）。</translation>
    </message>
    <message>
        <source>The client shuts down writing and keeps reading the data the server still sends.</source>
        <translation>客户端关闭写方向，并继续读取服务器仍在发送的数据。</translation>
    </message>
    <message>
        <source>The client aborts with SO_LINGER 0: a RST, and both ends are gone at once.</source>
        <translation>客户端以 SO_LINGER 0 中止：发送 RST，两端立即消失。</translation>
    </message>
    <message>
        <source>Connecting to a port nobody listens on: a RST answers the SYN (ECONNREFUSED).</source>
        <translation>连接一个无人监听的端口：对方用 RST 回应 SYN（ECONNREFUSED）。</translation>
    </message>
    <message>
        <source>Short connections pile up in TIME_WAIT; SO_LINGER 0 avoids it; SO_REUSEADDR rebinds past it.</source>
        <translation>短连接在 TIME_WAIT 中堆积；SO_LINGER 0 可避免；SO_REUSEADDR 可越过它重新绑定。</translation>
    </message>
    <message>
        <source>The live lab cannot produce and hold %1 with real sockets on this system (it needs Linux); &quot;tcpstatelab simulate %2&quot; shows it step by step.</source>
        <translation>实时实验室无法在此系统上用真实套接字产生并保持 %1（需要 Linux）；“tcpstatelab simulate %2”可逐步展示该状态。</translation>
    </message>
    <message>
        <source>client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>listener</source>
        <translation>监听套接字</translation>
    </message>
    <message>
        <source>socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>lab</source>
        <translation>实验室</translation>
    </message>
    <message>
        <source>server (half-open)</source>
        <translation>服务器（半开连接）</translation>
    </message>
    <message>
        <source>queued client</source>
        <translation>排队的客户端</translation>
    </message>
    <message>
        <source>server (not reading)</source>
        <translation>服务器（不读取）</translation>
    </message>
    <message>
        <source>client (not reading)</source>
        <translation>客户端（不读取）</translation>
    </message>
    <message>
        <source>listen (backlog %1)</source>
        <translation>listen（backlog %1）</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>connect to %1</source>
        <translation>连接到 %1</translation>
    </message>
    <message>
        <source>connect to itself</source>
        <translation>连接到自身</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>接受（accept）</translation>
    </message>
    <message>
        <source>send %1 bytes</source>
        <translation>发送 %1 字节</translation>
    </message>
    <message>
        <source>send until the buffer is full</source>
        <translation>发送直到缓冲区填满</translation>
    </message>
    <message>
        <source>read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>stop reading</source>
        <translation>停止读取</translation>
    </message>
    <message>
        <source>shut down writing (SHUT_WR)</source>
        <translation>关闭写方向（SHUT_WR）</translation>
    </message>
    <message>
        <source>close</source>
        <translation>关闭（close）</translation>
    </message>
    <message>
        <source>abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>set buffer sizes</source>
        <translation>设置缓冲区大小</translation>
    </message>
    <message>
        <source>the socket says</source>
        <translation>套接字报告</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>于 %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>%1 connects to %1</source>
        <translation>%1 连接到 %1</translation>
    </message>
    <message>
        <source>%1 bytes sent</source>
        <translation>已发送 %1 字节</translation>
    </message>
    <message>
        <source>%1 bytes sent; the send buffer is full</source>
        <translation>已发送 %1 字节；发送缓冲区已满</translation>
    </message>
    <message>
        <source>%1 bytes read</source>
        <translation>已读取 %1 字节</translation>
    </message>
    <message>
        <source>the receive buffer is small and nobody reads it: the window will close</source>
        <translation>接收缓冲区很小且无人读取：窗口将关闭</translation>
    </message>
    <message>
        <source>FIN queued</source>
        <translation>FIN 已排队</translation>
    </message>
    <message>
        <source>SO_LINGER 0, then close: RST</source>
        <translation>SO_LINGER 0，然后 close：RST</translation>
    </message>
    <message>
        <source>connect() is in progress: the SYN went out</source>
        <translation>connect() 进行中：SYN 已发出</translation>
    </message>
    <message>
        <source>ECONNREFUSED: a RST answered the SYN</source>
        <translation>ECONNREFUSED：RST 回应了 SYN</translation>
    </message>
    <message>
        <source>Both shut down while the client&apos;s FIN waits behind a zero window: the client is in CLOSING, the server in FIN_WAIT_2 (its FIN is acknowledged, the client&apos;s cannot leave).</source>
        <translation>双方都关闭写入，而客户端的 FIN 还在零窗口后等待：客户端处于 CLOSING，服务器处于 FIN_WAIT_2（它的 FIN 已被确认，客户端的 FIN 发不出去）。</translation>
    </message>
    <message>
        <source>Both sides close while each FIN waits behind data: the client passes CLOSING, the server FIN_WAIT_2 instead, because its FIN is acknowledged before the client&apos;s can leave.</source>
        <translation>双方在各自的 FIN 排在数据之后时关闭：客户端经过 CLOSING，服务器则经过 FIN_WAIT_2，因为它的 FIN 在客户端的 FIN 发出之前就已被确认。</translation>
    </message>
    <message>
        <source>Many clients against a backlog of 4 that nobody accepts: half-open connections, then dropped SYNs; the log counts both and says whether SYN cookies are on.</source>
        <translation>许多客户端面对一个无人接受、积压队列为 4 的监听套接字：先是半开连接，然后 SYN 被丢弃；日志会统计两者，并说明 SYN cookie 是否开启。</translation>
    </message>
    <message>
        <source>unread data: the kernel sends a RST instead of a FIN</source>
        <translation>有未读数据：内核发送 RST 而不是 FIN</translation>
    </message>
    <message>
        <source>SYN cookies: unknown</source>
        <translation>SYN cookie：未知</translation>
    </message>
    <message>
        <source>SYN cookies: on</source>
        <translation>SYN cookie：开启</translation>
    </message>
    <message>
        <source>SYN cookies: off</source>
        <translation>SYN cookie：关闭</translation>
    </message>
    <message>
        <source>%1 half-open (SYN_RECEIVED) on the listener, %2 SYNs dropped (clients retrying in SYN_SENT), %3 established; %4</source>
        <translation>监听套接字上 %1 个半开连接（SYN_RECEIVED），%2 个 SYN 被丢弃（客户端在 SYN_SENT 中重试），%3 个已建立连接；%4</translation>
    </message>
    <message>
        <source>(unknown path: several fit, nothing tells which)</source>
        <translation>（路径未知：有多条可能，无从判断是哪一条）</translation>
    </message>
    <message>
        <source>(passed unseen between two polls)</source>
        <translation>（在两次轮询之间经过，未被直接观察到）</translation>
    </message>
    <message>
        <source>after client %1</source>
        <translation>第 %1 个客户端之后</translation>
    </message>
    <message>
        <source>read the kernel&apos;s TCP table</source>
        <translation>读取内核的 TCP 表</translation>
    </message>
    <message>
        <source>the kernel could not be read: %1</source>
        <translation>无法读取内核：%1</translation>
    </message>
</context>
<context>
    <name>LadderAccessible</name>
    <message>
        <source>Ladder diagram</source>
        <translation>梯形图</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2：%3</translation>
    </message>
    <message>
        <source> (lost)</source>
        <translation>（丢失）</translation>
    </message>
    <message>
        <source> (discarded)</source>
        <translation>（被丢弃）</translation>
    </message>
    <message>
        <source> (in flight)</source>
        <translation>（传输中）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 enters %2</source>
        <translation>%1 进入 %2</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>第 %1 步</translation>
    </message>
</context>
<context>
    <name>LadderExporter</name>
    <message>
        <source>Cannot export to &quot;%1&quot;: unknown file type. Use a name ending in .png, .svg or .pdf.</source>
        <translation>无法导出到“%1”：未知文件类型。请使用以 .png、.svg 或 .pdf 结尾的文件名。</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: the PNG encoder failed.</source>
        <translation>无法写入“%1”：PNG 编码失败。</translation>
    </message>
    <message>
        <source>TCP ladder diagram</source>
        <translation>TCP 时序图</translation>
    </message>
</context>
<context>
    <name>LadderLayout</name>
    <message>
        <source>%1 (spoofed)</source>
        <translation>%1（伪造）</translation>
    </message>
    <message>
        <source>%1 (crafted)</source>
        <translation>%1（自制）</translation>
    </message>
    <message>
        <source>%1 (duplicate)</source>
        <translation>%1（重复）</translation>
    </message>
    <message>
        <source>%1 (again)</source>
        <translation>%1（重传）</translation>
    </message>
</context>
<context>
    <name>NetCommands</name>
    <message>
        <source>held</source>
        <translation>已拦住</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已投递</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>已丢弃</translation>
    </message>
    <message>
        <source>duplicated</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>injected</source>
        <translation>已注入</translation>
    </message>
    <message>
        <source>listener</source>
        <translation>监听套接字</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>half-open</source>
        <translation>半开连接</translation>
    </message>
    <message>
        <source>Setting: %1</source>
        <translation>设置：%1</translation>
    </message>
    <message>
        <source>%1 calls %2 %3</source>
        <translation>%1 调用 %2 %3</translation>
    </message>
    <message>
        <source>%1 → %2  %3  seq %4 ack %5 len %6 win %7</source>
        <translation>%1 → %2  %3  seq %4 ack %5 长度 %6 窗口 %7</translation>
    </message>
    <message>
        <source>(retransmission)</source>
        <translation>（重传）</translation>
    </message>
    <message>
        <source>%1 %2 %3 ↔ %4  %5 → %6</source>
        <translation>%1 %2 %3 ↔ %4  %5 → %6</translation>
    </message>
    <message>
        <source>(passed unseen between two polls)</source>
        <translation>（在两次轮询之间经过，未被观察到）</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>说明：%1</translation>
    </message>
    <message>
        <source>the private network is not available: %1</source>
        <translation>私有网络不可用：%1</translation>
    </message>
    <message>
        <source>How to allow it: %1</source>
        <translation>如何允许：%1</translation>
    </message>
    <message>
        <source>Whether this machine lets an ordinary user build the private network (two hosts and a wire in unprivileged user namespaces), and if not, why and how to allow it. Exit code 0: available, 1: not available.</source>
        <translation>本机是否允许普通用户构建私有网络（位于非特权用户命名空间中的两台主机和一条线路）；如果不允许，说明原因以及如何允许。退出码 0：可用，1：不可用。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>net check takes no arguments, got &quot;%1&quot;.</source>
        <translation>net check 不接受参数，收到了“%1”。</translation>
    </message>
    <message>
        <source>Usage: %1 net check [--json]
       %1 net run SCENARIO [--family ipv4|ipv6] [--set NAME=VALUE]... [--pcap FILE] [--json]
Two real Linux TCP stacks (hosts A and B) in a private network that needs no root; every segment between them waits on a wire this program holds.</source>
        <translation>用法：%1 net check [--json]
      %1 net run 场景 [--family ipv4|ipv6] [--set 名称=值]... [--pcap 文件] [--json]
私有网络中的两个真实 Linux TCP 协议栈（主机 A 和 B），无需 root；它们之间的每个报文段都在本程序掌控的线路上等待。</translation>
    </message>
    <message>
        <source>use &quot;net check&quot; or &quot;net run SCENARIO&quot; (see net --help).</source>
        <translation>请使用“net check”或“net run 场景”（参见 net --help）。</translation>
    </message>
    <message>
        <source>The private network is available: built and removed again in %1 ms, without root.</source>
        <translation>私有网络可用：无需 root，在 %1 毫秒内完成构建并再次移除。</translation>
    </message>
    <message>
        <source>the private network needs Linux network namespaces</source>
        <translation>私有网络需要 Linux 网络命名空间</translation>
    </message>
    <message>
        <source>the private network needs Linux network namespaces; the simulator runs every scenario on any system.</source>
        <translation>私有网络需要 Linux 网络命名空间；模拟器可在任何系统上运行每个场景。</translation>
    </message>
    <message>
        <source>Play a scenario on two real Linux TCP stacks, hosts A and B, in a private network made without root. Every segment waits on the wire until the scenario delivers, drops or crafts it; each host&apos;s socket states are read from its own kernel table.</source>
        <translation>在无需 root 构建的私有网络中，用两个真实的 Linux TCP 协议栈（主机 A 和 B）运行一个场景。每个报文段都在线路上等待，直到场景投递、丢弃或构造它；每台主机的套接字状态从它自己的内核表中读取。</translation>
    </message>
    <message>
        <source>The scenario.</source>
        <translation>场景。</translation>
    </message>
    <message>
        <source>SCENARIO</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>ipv4 or ipv6 (default ipv4).</source>
        <translation>ipv4 或 ipv6（默认 ipv4）。</translation>
    </message>
    <message>
        <source>FAMILY</source>
        <translation>协议族</translation>
    </message>
    <message>
        <source>A kernel setting of both hosts, repeatable: tcp_syncookies, tcp_max_syn_backlog, ... or rto_min_ms.</source>
        <translation>两台主机的内核设置，可重复：tcp_syncookies、tcp_max_syn_backlog …… 或 rto_min_ms。</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>名称=值</translation>
    </message>
    <message>
        <source>Write every captured segment to FILE (pcap, for Wireshark).</source>
        <translation>将捕获的每个报文段写入文件（pcap，供 Wireshark 使用）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Print one JSON object per line.</source>
        <translation>每行输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>net run needs exactly one SCENARIO; valid scenarios: %1</source>
        <translation>net run 需要且仅需要一个场景；有效场景：%1</translation>
    </message>
    <message>
        <source>unknown scenario &quot;%1&quot;; valid scenarios: %2</source>
        <translation>未知场景“%1”；有效场景：%2</translation>
    </message>
    <message>
        <source>unknown family &quot;%1&quot;; valid families: ipv4, ipv6.</source>
        <translation>未知协议族“%1”；有效值：ipv4、ipv6。</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;; valid settings: %2 (as NAME=VALUE).</source>
        <translation>未知设置“%1”；有效设置：%2（格式为 名称=值）。</translation>
    </message>
    <message>
        <source>invalid value &quot;%1&quot; for %2: use a whole number from %3 to %4.</source>
        <translation>%2 的值“%1”无效：请使用 %3 到 %4 之间的整数。</translation>
    </message>
    <message>
        <source>cannot write the capture to &quot;%1&quot;.</source>
        <translation>无法将捕获写入“%1”。</translation>
    </message>
    <message>
        <source>cannot write the capture: %1</source>
        <translation>无法写入捕获：%1</translation>
    </message>
    <message>
        <source>Paths of the two connections:</source>
        <translation>两个连接经过的状态：</translation>
    </message>
    <message>
        <source>Capture written to %1 (%2 segments).</source>
        <translation>捕获已写入 %1（%2 个报文段）。</translation>
    </message>
    <message>
        <source>the scenario did not play out: %1</source>
        <translation>场景未能按预期进行：%1</translation>
    </message>
</context>
<context>
    <name>NetRunText</name>
    <message>
        <source>stop reading</source>
        <translation>停止读取</translation>
    </message>
</context>
<context>
    <name>NetScenario</name>
    <message>
        <source>B listens on port 5000</source>
        <translation>B 在端口 5000 上监听</translation>
    </message>
    <message>
        <source>A connects: its SYN waits on the wire</source>
        <translation>A 发起连接：它的 SYN 在线路上等待</translation>
    </message>
    <message>
        <source>Deliver A&apos;s SYN to B</source>
        <translation>把 A 的 SYN 交付给 B</translation>
    </message>
    <message>
        <source>Deliver B&apos;s SYN,ACK to A</source>
        <translation>把 B 的 SYN,ACK 交付给 A</translation>
    </message>
    <message>
        <source>Deliver A&apos;s ACK to B</source>
        <translation>把 A 的 ACK 交付给 B</translation>
    </message>
    <message>
        <source>B accepts the connection</source>
        <translation>B 接受连接（accept）</translation>
    </message>
    <message>
        <source>A closes: its FIN waits on the wire</source>
        <translation>A 关闭：它的 FIN 在线路上等待</translation>
    </message>
    <message>
        <source>Deliver A&apos;s FIN to B</source>
        <translation>把 A 的 FIN 交付给 B</translation>
    </message>
    <message>
        <source>Deliver B&apos;s ACK to A</source>
        <translation>把 B 的 ACK 交付给 A</translation>
    </message>
    <message>
        <source>B closes: its FIN waits on the wire</source>
        <translation>B 关闭：它的 FIN 在线路上等待</translation>
    </message>
    <message>
        <source>Deliver B&apos;s FIN to A</source>
        <translation>把 B 的 FIN 交付给 A</translation>
    </message>
    <message>
        <source>Deliver A&apos;s final ACK to B</source>
        <translation>把 A 的最后一个 ACK 交付给 B</translation>
    </message>
    <message>
        <source>Drop A&apos;s final ACK</source>
        <translation>丢弃 A 的最后一个 ACK</translation>
    </message>
    <message>
        <source>Wait for B&apos;s RTO: B retransmits its FIN</source>
        <translation>等待 B 的 RTO：B 重传它的 FIN</translation>
    </message>
    <message>
        <source>Deliver B&apos;s retransmitted FIN to A</source>
        <translation>把 B 重传的 FIN 交付给 A</translation>
    </message>
    <message>
        <source>Deliver A&apos;s ACK (from TIME_WAIT) to B</source>
        <translation>把 A（在 TIME_WAIT 中）的 ACK 交付给 B</translation>
    </message>
    <message>
        <source>A connects from port 40000 to B&apos;s port 40001</source>
        <translation>A 从端口 40000 连接到 B 的端口 40001</translation>
    </message>
    <message>
        <source>B connects from port 40001 to A&apos;s port 40000: the SYNs cross</source>
        <translation>B 从端口 40001 连接到 A 的端口 40000：两个 SYN 交叉</translation>
    </message>
    <message>
        <source>Deliver B&apos;s SYN to A</source>
        <translation>把 B 的 SYN 交付给 A</translation>
    </message>
    <message>
        <source>Deliver A&apos;s SYN,ACK to B</source>
        <translation>把 A 的 SYN,ACK 交付给 B</translation>
    </message>
    <message>
        <source>Release what is still on the wire</source>
        <translation>放行线路上剩余的报文段</translation>
    </message>
    <message>
        <source>B closes too: the FINs cross</source>
        <translation>B 也关闭：两个 FIN 交叉</translation>
    </message>
    <message>
        <source>A shuts down writing: its FIN waits on the wire</source>
        <translation>A 关闭写方向：它的 FIN 在线路上等待</translation>
    </message>
    <message>
        <source>B sends 1000 bytes</source>
        <translation>B 发送 1000 字节</translation>
    </message>
    <message>
        <source>Deliver B&apos;s data to A</source>
        <translation>把 B 的数据交付给 A</translation>
    </message>
    <message>
        <source>A reads the data</source>
        <translation>A 读取数据</translation>
    </message>
    <message>
        <source>A aborts (SO_LINGER 0): its RST waits on the wire</source>
        <translation>A 中止（SO_LINGER 0）：它的 RST 在线路上等待</translation>
    </message>
    <message>
        <source>Deliver A&apos;s RST to B</source>
        <translation>把 A 的 RST 交付给 B</translation>
    </message>
    <message>
        <source>A connects to B, where nothing listens</source>
        <translation>A 连接到没有监听的 B</translation>
    </message>
    <message>
        <source>Deliver B&apos;s RST to A</source>
        <translation>把 B 的 RST 交付给 A</translation>
    </message>
    <message>
        <source>A reads the error: connection refused</source>
        <translation>A 读取错误：连接被拒绝</translation>
    </message>
    <message>
        <source>Drop A&apos;s SYN</source>
        <translation>丢弃 A 的 SYN</translation>
    </message>
    <message>
        <source>Wait for A&apos;s RTO: A retransmits its SYN</source>
        <translation>等待 A 的 RTO：A 重传它的 SYN</translation>
    </message>
    <message>
        <source>Deliver A&apos;s retransmitted SYN to B</source>
        <translation>把 A 重传的 SYN 交付给 B</translation>
    </message>
    <message>
        <source>Drop A&apos;s FIN</source>
        <translation>丢弃 A 的 FIN</translation>
    </message>
    <message>
        <source>Wait for A&apos;s RTO: A retransmits its FIN</source>
        <translation>等待 A 的 RTO：A 重传它的 FIN</translation>
    </message>
    <message>
        <source>Deliver A&apos;s retransmitted FIN to B</source>
        <translation>把 A 重传的 FIN 交付给 B</translation>
    </message>
    <message>
        <source>A waits in TIME_WAIT for 2MSL (60 s on Linux)</source>
        <translation>A 在 TIME_WAIT 中等待 2MSL（Linux 上为 60 秒）</translation>
    </message>
    <message>
        <source>B listens with a backlog of 4</source>
        <translation>B 以 backlog 4 监听</translation>
    </message>
    <message>
        <source>8 spoofed SYNs from 198.51.100.0/24 reach B</source>
        <translation>来自 198.51.100.0/24 的 8 个伪造 SYN 到达 B</translation>
    </message>
    <message>
        <source>Deliver A&apos;s SYN to B: does B answer?</source>
        <translation>把 A 的 SYN 交付给 B：B 会回应吗？</translation>
    </message>
    <message>
        <source>the final ACK is lost: B stays in LAST_ACK until its retransmission timer fires</source>
        <translation>最后的 ACK 丢失：B 停留在 LAST_ACK，直到它的重传定时器触发</translation>
    </message>
    <message>
        <source>the SYN is lost: A retransmits it when its first RTO (1 s) fires</source>
        <translation>SYN 丢失：A 在它的第一个 RTO（1 秒）触发时重传它</translation>
    </message>
    <message>
        <source>the FIN is lost: A stays in FIN_WAIT_1 and retransmits it when the RTO fires</source>
        <translation>FIN 丢失：A 停留在 FIN_WAIT_1，并在 RTO 触发时重传它</translation>
    </message>
    <message>
        <source>A waits in TIME_WAIT for 2MSL: 60 s on Linux (TCP_TIMEWAIT_LEN, not a setting)</source>
        <translation>A 在 TIME_WAIT 中等待 2MSL：Linux 上为 60 秒（TCP_TIMEWAIT_LEN，不是可调设置）</translation>
    </message>
    <message>
        <source>B&apos;s SYN queue is full of spoofed half-open connections and it has no SYN cookies: A&apos;s SYN is dropped without an answer</source>
        <translation>B 的 SYN 队列塞满了伪造的半开连接，且它没有启用 SYN cookie：A 的 SYN 被丢弃，没有任何回应</translation>
    </message>
    <message>
        <source>B answered with a SYN cookie: it keeps no half-open socket for A; the connection is made only when A&apos;s ACK returns the cookie</source>
        <translation>B 用 SYN cookie 作了回应：它不为 A 保留半开套接字；只有当 A 的 ACK 带回该 cookie 时连接才建立</translation>
    </message>
    <message>
        <source>unknown scenario &quot;%1&quot;</source>
        <translation>未知场景“%1”</translation>
    </message>
</context>
<context>
    <name>NetSession</name>
    <message>
        <source>cannot set %1: %2</source>
        <translation>无法设置 %1：%2</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>%1 is already listening</source>
        <translation>%1 已在监听</translation>
    </message>
    <message>
        <source>listen on %1: %2</source>
        <translation>在 %1 上 listen：%2</translation>
    </message>
    <message>
        <source>%1 backlog %2</source>
        <translation>%1，backlog %2</translation>
    </message>
    <message>
        <source>connect from %1: %2</source>
        <translation>从 %1 connect：%2</translation>
    </message>
    <message>
        <source>%1 has no listener</source>
        <translation>%1 没有监听套接字</translation>
    </message>
    <message>
        <source>accept on %1: no connection is ready</source>
        <translation>在 %1 上 accept：没有就绪的连接</translation>
    </message>
    <message>
        <source>accept on %1: %2</source>
        <translation>在 %1 上 accept：%2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>%1 has no connection to close</source>
        <translation>%1 没有可关闭的连接</translation>
    </message>
    <message>
        <source>%1 has no connection to shut down</source>
        <translation>%1 没有可关闭写方向的连接</translation>
    </message>
    <message>
        <source>shutdown on %1: %2</source>
        <translation>在 %1 上 shutdown：%2</translation>
    </message>
    <message>
        <source>%1 has no connection to abort</source>
        <translation>%1 没有可中止的连接</translation>
    </message>
    <message>
        <source>abort on %1: %2</source>
        <translation>在 %1 上中止：%2</translation>
    </message>
    <message>
        <source>%1 has no connection to send on</source>
        <translation>%1 没有可用于发送的连接</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>%1 has no connection to read from</source>
        <translation>%1 没有可读取的连接</translation>
    </message>
    <message>
        <source>%1 has no connection to stop reading on</source>
        <translation>%1 没有可停止读取的连接</translation>
    </message>
    <message>
        <source>stop reading on %1: %2</source>
        <translation>在 %1 上停止读取：%2</translation>
    </message>
    <message>
        <source>no error</source>
        <translation>无错误</translation>
    </message>
    <message>
        <source>nothing is held after segment %1: there is nothing to overtake it</source>
        <translation>报文段 %1 之后没有被扣住的报文段：没有能超越它的报文段</translation>
    </message>
    <message>
        <source>no %1 from %2 came onto the wire within %3 ms</source>
        <translation>%3 毫秒内没有来自 %2 的 %1 到达线路</translation>
    </message>
    <message>
        <source>%1 did not reach %2 within %3 ms (it is in %4)</source>
        <translation>%1 未在 %3 毫秒内到达 %2（它处于 %4）</translation>
    </message>
    <message>
        <source>the wire is not open</source>
        <translation>线路未打开</translation>
    </message>
</context>
<context>
    <name>NetText</name>
    <message>
        <source>user namespaces are switched off: user.max_user_namespaces is 0</source>
        <translation>用户命名空间已关闭：user.max_user_namespaces 为 0</translation>
    </message>
    <message>
        <source>unprivileged user namespaces are switched off: kernel.unprivileged_userns_clone is 0</source>
        <translation>非特权用户命名空间已关闭：kernel.unprivileged_userns_clone 为 0</translation>
    </message>
    <message>
        <source>AppArmor restricts unprivileged user namespaces (kernel.apparmor_restrict_unprivileged_userns is 1) and tcpstatelab has no profile that allows them (%1)</source>
        <translation>AppArmor 限制了非特权用户命名空间（kernel.apparmor_restrict_unprivileged_userns 为 1），而 tcpstatelab 没有允许它们的配置文件（%1）</translation>
    </message>
    <message>
        <source>the limit of user namespaces is reached (%1)</source>
        <translation>已达到用户命名空间的数量上限（%1）</translation>
    </message>
    <message>
        <source>the system refused to create a user namespace (%1)</source>
        <translation>系统拒绝创建用户命名空间（%1）</translation>
    </message>
    <message>
        <source>the private network could not be built: %1</source>
        <translation>无法建立私有网络：%1</translation>
    </message>
    <message>
        <source>an administrator can allow them: sudo sysctl -w user.max_user_namespaces=15000 (to keep it after a reboot, put the setting in a file under /etc/sysctl.d/)</source>
        <translation>管理员可以允许它们：sudo sysctl -w user.max_user_namespaces=15000（若要在重启后保留，请把该设置写入 /etc/sysctl.d/ 下的文件）</translation>
    </message>
    <message>
        <source>an administrator can allow them: sudo sysctl -w kernel.unprivileged_userns_clone=1 (to keep it after a reboot, put the setting in a file under /etc/sysctl.d/)</source>
        <translation>管理员可以允许它们：sudo sysctl -w kernel.unprivileged_userns_clone=1（若要在重启后保留，请把该设置写入 /etc/sysctl.d/ 下的文件）</translation>
    </message>
    <message>
        <source>give tcpstatelab a profile: write /etc/apparmor.d/tcpstatelab with
  abi &lt;abi/4.0&gt;,
  include &lt;tunables/global&gt;
  profile tcpstatelab /usr/{bin/tcpstatelab,libexec/tcpstatelab/tcpstatelab-cli,libexec/tcpstatelab/tcpstatelab-gui} flags=(unconfined) {
    userns,
  }
then run: sudo apparmor_parser -r /etc/apparmor.d/tcpstatelab (or, for the whole machine: sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0)</source>
        <translation>为 tcpstatelab 提供一个配置文件：写入 /etc/apparmor.d/tcpstatelab，内容为
  abi &lt;abi/4.0&gt;,
  include &lt;tunables/global&gt;
  profile tcpstatelab /usr/{bin/tcpstatelab,libexec/tcpstatelab/tcpstatelab-cli,libexec/tcpstatelab/tcpstatelab-gui} flags=(unconfined) {
    userns,
  }
然后运行：sudo apparmor_parser -r /etc/apparmor.d/tcpstatelab（或者对整台机器：sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0）</translation>
    </message>
    <message>
        <source>close other programs that use user namespaces (sandboxes, containers), or raise user.max_user_namespaces: sudo sysctl -w user.max_user_namespaces=15000</source>
        <translation>关闭其他使用用户命名空间的程序（沙箱、容器），或提高 user.max_user_namespaces：sudo sysctl -w user.max_user_namespaces=15000</translation>
    </message>
    <message>
        <source>inside a container, a seccomp filter or a missing capability usually forbids it: run the container with user namespaces allowed (e.g. podman, or docker with a seccomp profile that permits unshare and setns)</source>
        <translation>在容器中，通常是 seccomp 过滤器或缺少的能力（capability）禁止了它：请在允许用户命名空间的情况下运行容器（例如 podman，或使用允许 unshare 和 setns 的 seccomp 配置的 docker）</translation>
    </message>
    <message>
        <source>check that the kernel has network namespaces and veth (CONFIG_NET_NS, CONFIG_VETH)</source>
        <translation>检查内核是否支持网络命名空间和 veth（CONFIG_NET_NS、CONFIG_VETH）</translation>
    </message>
</context>
<context>
    <name>PktCommands</name>
    <message>
        <source>the private network is not available: %1</source>
        <translation>私有网络不可用:%1</translation>
    </message>
    <message>
        <source>How to allow it: %1</source>
        <translation>如何允许:%1</translation>
    </message>
    <message>
        <source>Usage: %1 pkt run SCRIPT.pkt... [--tolerance_usecs N] [--tolerance_percent N] [--ip-version ipv4|ipv6] [--set NAME=VALUE]... [--json]
Plays packetdrill scripts against a real Linux TCP stack (host A of the private network) without root: &apos;&lt;&apos; packets come from the remote 192.0.2.1, &apos;&gt;&apos; packets are what A must send.</source>
        <translation>用法:%1 pkt run 脚本.pkt... [--tolerance_usecs N] [--tolerance_percent N] [--ip-version ipv4|ipv6] [--set 名称=值]... [--json]
无需 root,针对真实的 Linux TCP 协议栈(私有网络的主机 A)运行 packetdrill 脚本:&apos;&lt;&apos; 数据包来自远端 192.0.2.1,&apos;&gt;&apos; 数据包是 A 必须发送的。</translation>
    </message>
    <message>
        <source>use &quot;pkt run SCRIPT.pkt...&quot; (see pkt --help).</source>
        <translation>请使用“pkt run 脚本.pkt...”(见 pkt --help)。</translation>
    </message>
    <message>
        <source>Play packetdrill scripts against host A&apos;s real Linux TCP stack in a private network made without root. Exit code 0: every line of every script held; 1: a script failed; 2: a script could not be read.</source>
        <translation>在无需 root 创建的私有网络中,针对主机 A 的真实 Linux TCP 协议栈运行 packetdrill 脚本。退出码 0:每个脚本的每一行都成立;1:有脚本失败;2:有脚本无法读取。</translation>
    </message>
    <message>
        <source>The packetdrill scripts.</source>
        <translation>packetdrill 脚本。</translation>
    </message>
    <message>
        <source>SCRIPT.pkt...</source>
        <translation>脚本.pkt...</translation>
    </message>
    <message>
        <source>How far a packet may be from its time, in microseconds (default 4000).</source>
        <translation>数据包与其时间允许的偏差,单位微秒(默认 4000)。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Tolerance as a percentage of the time since the previous line.</source>
        <translation>容差,为距上一行时间的百分比。</translation>
    </message>
    <message>
        <source>ipv4 or ipv6 (default ipv4).</source>
        <translation>ipv4 或 ipv6(默认 ipv4)。</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>A kernel setting of host A, repeatable: tcp_syncookies, tcp_timestamps, ...</source>
        <translation>主机 A 的内核设置,可重复:tcp_syncookies、tcp_timestamps 等</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>名称=值</translation>
    </message>
    <message>
        <source>Print one JSON object per script line.</source>
        <translation>每个脚本行输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>packetdrill scripts need Linux network namespaces.</source>
        <translation>packetdrill 脚本需要 Linux 网络命名空间。</translation>
    </message>
    <message>
        <source>pkt run needs at least one SCRIPT.pkt.</source>
        <translation>pkt run 至少需要一个 脚本.pkt。</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;; valid settings: %2 (as NAME=VALUE; scripts run without an rto_min lock).</source>
        <translation>未知设置“%1”;有效设置:%2(格式为 名称=值;脚本运行时不锁定 rto_min)。</translation>
    </message>
    <message>
        <source>invalid value &quot;%1&quot; for %2: use a whole number from %3 to %4.</source>
        <translation>%2 的值“%1”无效:请使用 %3 到 %4 之间的整数。</translation>
    </message>
    <message>
        <source>%1: cannot prepare host A: %2</source>
        <translation>%1:无法准备主机 A:%2</translation>
    </message>
    <message>
        <source>%1: passed (%2 lines in %3 s)</source>
        <translation>%1:通过(%2 行,用时 %3 秒)</translation>
    </message>
    <message>
        <source>%1: FAILED at line %2</source>
        <translation>%1:在第 %2 行失败</translation>
    </message>
    <message>
        <source>%1 scripts: %2 passed, %3 failed, %4 unreadable</source>
        <translation>%1 个脚本:%2 个通过,%3 个失败,%4 个无法读取</translation>
    </message>
</context>
<context>
    <name>PortList</name>
    <message>
        <source>invalid port &quot;%1&quot;: a port is a whole number from 1 to 65535.</source>
        <translation>无效端口“%1”：端口是 1 到 65535 之间的整数。</translation>
    </message>
</context>
<context>
    <name>ProbeCommands</name>
    <message>
        <source>Only sockets whose local or remote port is P (repeatable).</source>
        <translation>只显示本地或远端端口为 P 的套接字（可重复指定）。</translation>
    </message>
    <message>
        <source>P</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Every TCP socket (the default without --port).</source>
        <translation>所有 TCP 套接字（未指定 --port 时的默认行为）。</translation>
    </message>
    <message>
        <source>Where to read the table: auto, netlink or procfs.</source>
        <translation>读取 TCP 表的来源：auto、netlink 或 procfs。</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>use either --all or --port, not both.</source>
        <translation>--all 和 --port 只能二选一。</translation>
    </message>
    <message>
        <source>unknown source &quot;%1&quot;; valid sources: auto, netlink, procfs.</source>
        <translation>未知来源“%1”；有效来源：auto、netlink、procfs。</translation>
    </message>
    <message>
        <source>cannot read the kernel&apos;s TCP table from %1: %2</source>
        <translation>无法通过 %1 读取内核的 TCP 表：%2</translation>
    </message>
    <message>
        <source>note: %1 (source: %2)</source>
        <translation>注意：%1（来源：%2）</translation>
    </message>
    <message>
        <source>Print the kernel&apos;s TCP sockets with their states, like ss: state, local and remote endpoint, timer and queues, and the number of sockets in each state.</source>
        <translation>像 ss 一样打印内核中的 TCP 套接字及其状态：状态、本地和远端地址、计时器和队列，以及各状态的套接字数量。</translation>
    </message>
    <message>
        <source>Also record the raw netlink replies to FILE (test data, like ss -D).</source>
        <translation>同时将原始 netlink 应答记录到文件（测试数据，类似 ss -D）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>snapshot takes no arguments, got &quot;%1&quot;.</source>
        <translation>snapshot 不接受参数，收到了“%1”。</translation>
    </message>
    <message>
        <source>--save-netlink needs the netlink source.</source>
        <translation>--save-netlink 需要使用 netlink 来源。</translation>
    </message>
    <message>
        <source>cannot record to &quot;%1&quot;: %2</source>
        <translation>无法记录到“%1”：%2</translation>
    </message>
    <message>
        <source>reading the TCP table failed: %1</source>
        <translation>读取 TCP 表失败：%1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Recv-Q</source>
        <translation>接收队列</translation>
    </message>
    <message>
        <source>Send-Q</source>
        <translation>发送队列</translation>
    </message>
    <message>
        <source>Local Address:Port</source>
        <translation>本地地址:端口</translation>
    </message>
    <message>
        <source>Peer Address:Port</source>
        <translation>对端地址:端口</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>计时器</translation>
    </message>
    <message>
        <source>%1 sockets (source: %2)%3</source>
        <translation>共 %1 个套接字（来源：%2）%3</translation>
    </message>
    <message>
        <source>warning: the table changed while it was read; this snapshot may be inconsistent.</source>
        <translation>警告：读取期间 TCP 表发生了变化，此快照可能不一致。</translation>
    </message>
    <message>
        <source>Print one line whenever a TCP connection appears, changes state or leaves the kernel&apos;s table, with a timestamp in milliseconds. Stops on Ctrl-C or after --duration.</source>
        <translation>每当 TCP 连接出现、状态改变或离开内核的表时打印一行，并带有毫秒时间戳。按 Ctrl-C 或经过 --duration 后停止。</translation>
    </message>
    <message>
        <source>Milliseconds between polls (1 to 60000, default 100).</source>
        <translation>两次轮询之间的毫秒数（1 到 60000，默认 100）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>Stop after S seconds (default: until Ctrl-C).</source>
        <translation>S 秒后停止（默认：直到按下 Ctrl-C）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>watch takes no arguments, got &quot;%1&quot;.</source>
        <translation>watch 不接受参数，收到了“%1”。</translation>
    </message>
    <message>
        <source>invalid --interval-ms &quot;%1&quot;: use a whole number from 1 to 60000.</source>
        <translation>无效的 --interval-ms“%1”：请使用 1 到 60000 之间的整数。</translation>
    </message>
    <message>
        <source>invalid --duration &quot;%1&quot;: use a positive number of seconds.</source>
        <translation>无效的 --duration“%1”：请使用正的秒数。</translation>
    </message>
    <message>
        <source>appeared in %1</source>
        <translation>出现，状态为 %1</translation>
    </message>
    <message>
        <source>left the table (was %1)</source>
        <translation>已离开 TCP 表（原状态 %1）</translation>
    </message>
    <message>
        <source>appeared in %1 (a connection of a listener)</source>
        <translation>出现在 %1（监听套接字的一个连接）</translation>
    </message>
    <message>
        <source>(via %1, unseen)</source>
        <translation>（经由 %1，未观察到）</translation>
    </message>
    <message>
        <source>(path unknown)</source>
        <translation>（路径未知）</translation>
    </message>
</context>
<context>
    <name>RelativeSeq</name>
    <message>
        <source>&quot;%1&quot; is not a sequence expression: use rcv.nxt, snd.una, snd.nxt, irs, iss (plus or minus a number or wnd) or a plain number</source>
        <translation>“%1”不是序号表达式：请使用 rcv.nxt、snd.una、snd.nxt、irs、iss（加上或减去一个数或 wnd）或一个普通数字</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected + or - after %2</source>
        <translation>“%1”：%2 之后应为 + 或 -</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is neither a number nor wnd</source>
        <translation>“%1”：“%2”既不是数字也不是 wnd</translation>
    </message>
</context>
<context>
    <name>ReplayCommand</name>
    <message numerus="yes">
        <source>TCP connections in %1: %n</source>
        <translation>
            <numerusform>%1 中的 TCP 连接：%n</numerusform>
        </translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Frames A→B</source>
        <translation>帧 A→B</translation>
    </message>
    <message>
        <source>Bytes A→B</source>
        <translation>字节 A→B</translation>
    </message>
    <message>
        <source>Frames B→A</source>
        <translation>帧 B→A</translation>
    </message>
    <message>
        <source>Bytes B→A</source>
        <translation>字节 B→A</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>完整性</translation>
    </message>
    <message>
        <source>End A</source>
        <translation>A 终态</translation>
    </message>
    <message>
        <source>End B</source>
        <translation>B 终态</translation>
    </message>
    <message>
        <source>* the capture starts mid-stream: states are unknown until a segment tells them.</source>
        <translation>* 抓包从连接中途开始：在报文段揭示之前状态未知。</translation>
    </message>
    <message>
        <source>Replay a capture (pcap or pcapng): every TCP connection in it, both ends&apos; states inferred after every segment with the simulator&apos;s rules, completeness as Wireshark defines it.</source>
        <translation>回放抓包（pcap 或 pcapng）：其中的每个 TCP 连接，用模拟器的规则推断每个报文段后两端的状态，完整性按 Wireshark 的定义。</translation>
    </message>
    <message>
        <source>The capture file.</source>
        <translation>抓包文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Show connection N segment by segment.</source>
        <translation>逐个报文段显示连接 N。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print one JSON object per segment, then one per connection.</source>
        <translation>每个报文段输出一个 JSON 对象，然后每个连接一个。</translation>
    </message>
    <message>
        <source>Read only the packets this BPF filter takes, e.g. &apos;tcp port 80&apos;.</source>
        <translation>只读取此 BPF 过滤器接受的数据包，例如 &apos;tcp port 80&apos;。</translation>
    </message>
    <message>
        <source>BPF</source>
        <translation>BPF</translation>
    </message>
    <message>
        <source>Whose TCP infers the states: linux (the default) or rfc9293.</source>
        <translation>由哪种 TCP 推断状态：linux（默认）或 rfc9293。</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>replay needs one capture FILE.</source>
        <translation>replay 需要一个抓包文件。</translation>
    </message>
    <message>
        <source>unknown profile &quot;%1&quot;; valid profiles: %2</source>
        <translation>未知配置“%1”；有效配置：%2</translation>
    </message>
    <message>
        <source>--connection needs a connection number (1, 2, …), not &quot;%1&quot;.</source>
        <translation>--connection 需要连接编号（1、2、…），而不是“%1”。</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: it is a folder.</source>
        <translation>无法读取“%1”：它是一个文件夹。</translation>
    </message>
    <message>
        <source>Connection %1, segment by segment (profile %2):</source>
        <translation>连接 %1，逐个报文段（配置 %2）：</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>there is no connection %1: the capture holds %2.</source>
        <translation>没有连接 %1：抓包中共有 %2 个。</translation>
    </message>
    <message>
        <source>A %1 ends in %2, B %3 ends in %4; completeness %5 (%6); captured %7.</source>
        <translation>A %1 终于 %2，B %3 终于 %4；完整性 %5（%6）；抓包位置：%7。</translation>
    </message>
</context>
<context>
    <name>ReplayText</name>
    <message>
        <source>libpcap could not be loaded to read captures: %1</source>
        <translation>无法加载 libpcap 来读取抓包文件：%1</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a pcap or pcapng capture: %2</source>
        <translation>无法将“%1”作为 pcap 或 pcapng 抓包读取：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds link type %2, which replay does not read (Ethernet, Linux cooked, raw IP and loopback it does).</source>
        <translation>“%1”的链路类型为 %2，replay 不支持（支持以太网、Linux cooked、原始 IP 和环回）。</translation>
    </message>
    <message>
        <source>the filter is not valid BPF: %1</source>
        <translation>过滤器不是有效的 BPF：%1</translation>
    </message>
    <message>
        <source>the capture ends early (%1): what came before it is shown.</source>
        <translation>抓包提前结束（%1）：显示此前的内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) cut by the snap length before the end of the TCP header: skipped.</source>
        <translation>
            <numerusform>%n 个数据包在 TCP 头结束前被截断（snap 长度）：已跳过。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n IP fragment(s): skipped.</source>
        <translation>
            <numerusform>%n 个 IP 分片：已跳过。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) with contradictory header lengths: skipped.</source>
        <translation>
            <numerusform>%n 个数据包的头部长度相互矛盾：已跳过。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; holds no TCP segment (%n packet(s) read).</source>
        <translation>
            <numerusform>“%1”中没有 TCP 报文段（已读取 %n 个数据包）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 called connect(): its SYN opens the connection.</source>
        <translation>%1 调用了 connect()：它的 SYN 打开连接。</translation>
    </message>
    <message>
        <source>%1 sends %2 new bytes.</source>
        <translation>%1 发送 %2 个新字节。</translation>
    </message>
    <message>
        <source>%1 closed for writing: its FIN.</source>
        <translation>%1 关闭了写方向：它的 FIN。</translation>
    </message>
    <message>
        <source>%1 aborted: its RST.</source>
        <translation>%1 中止了连接：它的 RST。</translation>
    </message>
    <message>
        <source>retransmission</source>
        <translation>重传</translation>
    </message>
    <message>
        <source>out of window</source>
        <translation>窗口外</translation>
    </message>
    <message>
        <source>at capture point</source>
        <translation>在抓包点</translation>
    </message>
    <message>
        <source>states start here</source>
        <translation>状态从此开始</translation>
    </message>
    <message>
        <source>crossed frame %1</source>
        <translation>与第 %1 帧交叉</translation>
    </message>
    <message>
        <source>The capture starts mid-stream: this segment is the first to tell the states; both ends are taken as synchronized.</source>
        <translation>抓包从连接中途开始：此报文段首先揭示状态；两端均视为已同步。</translation>
    </message>
    <message>
        <source>A retransmission: %1 had sent this sequence space before.</source>
        <translation>重传：%1 之前已发送过这段序列号空间。</translation>
    </message>
    <message>
        <source>%1&apos;s state is unknown: it never answered in the capture.</source>
        <translation>%1 的状态未知：它在抓包中从未应答。</translation>
    </message>
    <message>
        <source>The segments crossed: %1 handled this one only after sending frame %2.</source>
        <translation>报文段交叉：%1 在发送第 %2 帧之后才处理此报文段。</translation>
    </message>
    <message>
        <source>Out of window: the receiver does not accept its sequence numbers.</source>
        <translation>窗口外：接收方不接受其序列号。</translation>
    </message>
    <message>
        <source>Inferred at the capture point: %1 had not yet seen the segment when it was captured.</source>
        <translation>在抓包点推断：抓到此报文段时 %1 尚未收到它。</translation>
    </message>
    <message>
        <source>at A</source>
        <translation>在 A 处</translation>
    </message>
    <message>
        <source>at B</source>
        <translation>在 B 处</translation>
    </message>
    <message>
        <source>on the same host</source>
        <translation>在同一主机上</translation>
    </message>
    <message>
        <source>between the hosts</source>
        <translation>在两台主机之间</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>ResultsCsv</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>SimCommands</name>
    <message>
        <source>unknown scenario &quot;%1&quot;; valid scenarios: %2</source>
        <translation>未知场景“%1”；有效场景：%2</translation>
    </message>
    <message>
        <source>invalid --steps &quot;%1&quot;: use a whole number from 0 on.</source>
        <translation>无效的 --steps“%1”：请使用不小于 0 的整数。</translation>
    </message>
    <message>
        <source>Step through a TCP scenario in the simulator: every segment, every timer, every state change, each step explained.</source>
        <translation>在模拟器中逐步执行 TCP 场景：每个报文段、每个计时器、每次状态变化，每一步都有解释。</translation>
    </message>
    <message>
        <source>The scenario (see --list).</source>
        <translation>场景（参见 --list）。</translation>
    </message>
    <message>
        <source>SCENARIO</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>List the scenarios with their descriptions.</source>
        <translation>列出所有场景及其说明。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>Show only the first N steps.</source>
        <translation>只显示前 N 步。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>simulate needs one SCENARIO; valid scenarios: %1</source>
        <translation>simulate 需要一个场景；有效场景：%1</translation>
    </message>
    <message>
        <source>segment: %1</source>
        <translation>报文段：%1</translation>
    </message>
    <message>
        <source>sends:   %1</source>
        <translation>发送：  %1</translation>
    </message>
    <message>
        <source>Write a scenario&apos;s ladder diagram (two timelines, every segment an arrow) to FILE: .png, .svg or .pdf. No display is needed.</source>
        <translation>将场景的时序图（两条时间线，每个报文段一个箭头）写入文件：.png、.svg 或 .pdf。无需显示器。</translation>
    </message>
    <message>
        <source>The scenario (see simulate --list).</source>
        <translation>场景（参见 simulate --list）。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Draw only the first N steps.</source>
        <translation>只画出前 N 步。</translation>
    </message>
    <message>
        <source>Colour theme: light, dark or print.</source>
        <translation>配色主题：light（浅色）、dark（深色）或 print（打印）。</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Width in pixels (PNG) or points.</source>
        <translation>宽度，单位为像素（PNG）或点。</translation>
    </message>
    <message>
        <source>W</source>
        <translation>宽</translation>
    </message>
    <message>
        <source>export-ladder needs a SCENARIO and a FILE (see --help).</source>
        <translation>export-ladder 需要一个场景和一个文件（参见 --help）。</translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot;; valid themes: %2</source>
        <translation>未知主题“%1”；有效主题：%2</translation>
    </message>
    <message>
        <source>invalid --width &quot;%1&quot;: use a whole number from 200 to 20000.</source>
        <translation>无效的 --width“%1”：请使用 200 到 20000 之间的整数。</translation>
    </message>
    <message>
        <source>unknown profile &quot;%1&quot;; valid profiles: %2</source>
        <translation>未知的配置 &quot;%1&quot;；有效的配置：%2</translation>
    </message>
    <message>
        <source>Which TCP the simulator plays: rfc9293 (the default) or linux (where the Linux kernel answers differently, each such step explained).</source>
        <translation>模拟器扮演哪种 TCP：rfc9293（默认）或 linux（在 Linux 内核回答不同之处，每个这样的步骤都有说明）。</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Profile %1: %2</source>
        <translation>配置 %1：%2</translation>
    </message>
    <message>
        <source>Which TCP the simulator plays: rfc9293 (the default) or linux.</source>
        <translation>模拟器扮演哪种 TCP：rfc9293（默认）或 linux。</translation>
    </message>
</context>
<context>
    <name>SimText</name>
    <message>
        <source>The network loses the segment; its sender will notice only when its retransmission timer fires.</source>
        <translation>网络丢失了该报文段；发送方要等到重传计时器超时才会发觉。</translation>
    </message>
    <message>
        <source>The network duplicates the segment: the copy arrives later as an old duplicate.</source>
        <translation>网络复制了该报文段：副本稍后作为旧的重复报文段到达。</translation>
    </message>
    <message>
        <source>%1 accepts the data in order, advances RCV.NXT and acknowledges it (RFC 9293 §3.10.7.4, seventh).</source>
        <translation>%1 按序接收数据，推进 RCV.NXT 并予以确认（RFC 9293 §3.10.7.4，第七步）。</translation>
    </message>
    <message>
        <source>%1&apos;s SND.UNA advances: what it sent is acknowledged, its retransmission timer stops (§3.10.7.4, fifth).</source>
        <translation>%1 的 SND.UNA 前移：已发送的内容得到确认，重传计时器停止（§3.10.7.4，第五步）。</translation>
    </message>
    <message>
        <source>%1 has seen this acknowledgement already and ignores it.</source>
        <translation>%1 已经收到过这个确认，予以忽略。</translation>
    </message>
    <message>
        <source>The segment is outside %1&apos;s receive window: %1 answers with an ACK and drops it (§3.10.7.4, first).</source>
        <translation>该报文段不在 %1 的接收窗口内：%1 回复一个 ACK 并丢弃它（§3.10.7.4，第一步）。</translation>
    </message>
    <message>
        <source>%1 has no connection for this segment: it answers with a RST (§3.10.7.1).</source>
        <translation>%1 没有与该报文段对应的连接：回复 RST（§3.10.7.1）。</translation>
    </message>
    <message>
        <source>The segment acknowledges something %1 never sent: %1 answers with a RST (§3.10.7.2-4).</source>
        <translation>该报文段确认了 %1 从未发送的内容：%1 回复 RST（§3.10.7.2–4）。</translation>
    </message>
    <message>
        <source>%1 ignores the RST: it does not match the connection&apos;s sequence numbers.</source>
        <translation>%1 忽略该 RST：它与连接的序号不符。</translation>
    </message>
    <message>
        <source>%1&apos;s retransmission timer fires: the unacknowledged segment is sent again and the timeout doubles (RFC 6298).</source>
        <translation>%1 的重传计时器超时：重发未确认的报文段，超时时间加倍（RFC 6298）。</translation>
    </message>
    <message>
        <source>%1 is in TIME_WAIT and the peer&apos;s FIN comes again: its ACK was lost, so %1 acknowledges it again and restarts 2MSL (§3.10.7.4, eighth).</source>
        <translation>%1 处于 TIME_WAIT，对端的 FIN 再次到达：之前的 ACK 丢失了，因此 %1 再次确认并重新开始 2MSL 计时（§3.10.7.4，第八步）。</translation>
    </message>
    <message>
        <source>%1&apos;s 2MSL timer expires: 60 s on Linux (RFC 9293&apos;s MSL of 2 min would make it 4 min).</source>
        <translation>%1 的 2MSL 计时器到期：Linux 上为 60 秒（按 RFC 9293 的 MSL 为 2 分钟计算则为 4 分钟）。</translation>
    </message>
    <message>
        <source>%1&apos;s application is gone and the peer never closed: Linux deletes the orphaned FIN_WAIT_2 after tcp_fin_timeout (60 s); the RFC has no such timer.</source>
        <translation>%1 的应用程序已退出而对端始终未关闭：Linux 在 tcp_fin_timeout（60 秒）后删除孤立的 FIN_WAIT_2；RFC 中没有这个计时器。</translation>
    </message>
    <message>
        <source>%1 has retransmitted too often and gives up: the connection is closed (§3.8.3).</source>
        <translation>%1 重传次数过多，放弃连接：连接被关闭（§3.8.3）。</translation>
    </message>
    <message>
        <source>A SYN from a spoofed address: B answers with SYN,ACK into the void and keeps one more half-open connection in SYN_RECEIVED.</source>
        <translation>来自伪造地址的 SYN：B 回复的 SYN,ACK 石沉大海，又多了一个处于 SYN_RECEIVED 的半开连接。</translation>
    </message>
    <message>
        <source>B&apos;s half-open queue is full: the SYN is dropped (Linux counts it in ListenDrops).</source>
        <translation>B 的半开连接队列已满：SYN 被丢弃（Linux 将其计入 ListenDrops）。</translation>
    </message>
    <message>
        <source>B&apos;s queue is full but SYN cookies are on: B answers with a SYN,ACK whose sequence number encodes the connection, and keeps no state.</source>
        <translation>B 的队列已满但启用了 SYN cookie：B 回复的 SYN,ACK 用序号编码了连接信息，自己不保存任何状态。</translation>
    </message>
    <message>
        <source>B turns SYN cookies on (net.ipv4.tcp_syncookies).</source>
        <translation>B 启用 SYN cookie（net.ipv4.tcp_syncookies）。</translation>
    </message>
    <message>
        <source>B&apos;s listener takes at most this many half-open connections.</source>
        <translation>B 的监听套接字最多容纳这么多半开连接。</translation>
    </message>
    <message>
        <source>%1 has no use for this segment in its state and drops it.</source>
        <translation>%1 在当前状态下用不上这个报文段，将其丢弃。</translation>
    </message>
    <message>
        <source>Nothing happens: the command does not apply now.</source>
        <translation>什么也没有发生：该命令此时不适用。</translation>
    </message>
    <message>
        <source>%1 queues the request until the connection is established.</source>
        <translation>%1 将请求排队，直到连接建立。</translation>
    </message>
    <message>
        <source>%1 receives the segment; nothing changes.</source>
        <translation>%1 收到该报文段；没有任何变化。</translation>
    </message>
    <message>
        <source>SYN, SYN,ACK, ACK: a passive and an active open meet.</source>
        <translation>SYN、SYN,ACK、ACK：被动打开与主动打开相遇。</translation>
    </message>
    <message>
        <source>A closes first (FIN_WAIT_1, FIN_WAIT_2, TIME_WAIT), then B (CLOSE_WAIT, LAST_ACK).</source>
        <translation>A 先关闭（FIN_WAIT_1、FIN_WAIT_2、TIME_WAIT），然后 B 关闭（CLOSE_WAIT、LAST_ACK）。</translation>
    </message>
    <message>
        <source>Both sides send a SYN at once: both pass SYN_RECEIVED.</source>
        <translation>双方同时发送 SYN：双方都经过 SYN_RECEIVED。</translation>
    </message>
    <message>
        <source>Both sides close at once: both pass CLOSING to TIME_WAIT.</source>
        <translation>双方同时关闭：双方都经 CLOSING 进入 TIME_WAIT。</translation>
    </message>
    <message>
        <source>A shuts down writing; B keeps sending data that A still reads.</source>
        <translation>A 关闭写方向；B 继续发送数据，A 仍然读取。</translation>
    </message>
    <message>
        <source>A aborts: a RST, and both sides are CLOSED at once.</source>
        <translation>A 中止连接：发送 RST，双方立即进入 CLOSED。</translation>
    </message>
    <message>
        <source>A connects to a port where nobody listens: the SYN draws a RST.</source>
        <translation>A 连接一个无人监听的端口：SYN 招来 RST。</translation>
    </message>
    <message>
        <source>A&apos;s SYN is lost: A&apos;s retransmission timer sends it again.</source>
        <translation>A 的 SYN 丢失：A 的重传计时器再次发送它。</translation>
    </message>
    <message>
        <source>A&apos;s FIN is lost: A retransmits it from FIN_WAIT_1.</source>
        <translation>A 的 FIN 丢失：A 在 FIN_WAIT_1 中重传它。</translation>
    </message>
    <message>
        <source>A&apos;s final ACK is lost: B in LAST_ACK retransmits its FIN, A in TIME_WAIT acknowledges it again.</source>
        <translation>A 的最后一个 ACK 丢失：处于 LAST_ACK 的 B 重传 FIN，处于 TIME_WAIT 的 A 再次确认。</translation>
    </message>
    <message>
        <source>Spoofed SYNs fill B&apos;s backlog of 4; A&apos;s SYN is dropped until SYN cookies let it through.</source>
        <translation>伪造的 SYN 塞满了 B 容量为 4 的 backlog；A 的 SYN 被丢弃，直到 SYN cookie 让它通过。</translation>
    </message>
    <message>
        <source>A closes and B never does: Linux times A&apos;s orphaned FIN_WAIT_2 out after 60 s.</source>
        <translation>A 关闭而 B 始终不关闭：Linux 在 60 秒后让 A 孤立的 FIN_WAIT_2 超时。</translation>
    </message>
    <message>
        <source>A tour of RST and ABORT in every state, one short connection after another.</source>
        <translation>逐个状态演示 RST 和 ABORT，一个短连接接一个短连接。</translation>
    </message>
    <message>
        <source>Three-way handshake</source>
        <translation>三次握手</translation>
    </message>
    <message>
        <source>Active close</source>
        <translation>主动关闭</translation>
    </message>
    <message>
        <source>Simultaneous open</source>
        <translation>同时打开</translation>
    </message>
    <message>
        <source>Simultaneous close</source>
        <translation>同时关闭</translation>
    </message>
    <message>
        <source>Half-close</source>
        <translation>半关闭</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>Lost SYN</source>
        <translation>丢失的 SYN</translation>
    </message>
    <message>
        <source>Lost FIN</source>
        <translation>丢失的 FIN</translation>
    </message>
    <message>
        <source>Lost final ACK</source>
        <translation>丢失的最后一个 ACK</translation>
    </message>
    <message>
        <source>TIME_WAIT expires</source>
        <translation>TIME_WAIT 到期</translation>
    </message>
    <message>
        <source>B&apos;s ACK of A&apos;s FIN is lost, but B&apos;s FIN carries the same acknowledgement: A goes from FIN_WAIT_1 straight to TIME_WAIT, then the 2MSL timer runs out and A&apos;s TCB is deleted.</source>
        <translation>B 对 A 的 FIN 的 ACK 丢失了，但 B 的 FIN 携带了同样的确认：A 从 FIN_WAIT_1 直接进入 TIME_WAIT，随后 2MSL 计时器到期，A 的 TCB 被删除。</translation>
    </message>
    <message>
        <source>SYN flood</source>
        <translation>SYN 洪泛</translation>
    </message>
    <message>
        <source>Orphaned FIN_WAIT_2</source>
        <translation>孤儿 FIN_WAIT_2</translation>
    </message>
    <message>
        <source>Resets and aborts</source>
        <translation>重置与中止</translation>
    </message>
    <message>
        <source>%1: listen</source>
        <translation>%1：监听</translation>
    </message>
    <message>
        <source>%1: connect</source>
        <translation>%1：连接</translation>
    </message>
    <message>
        <source>%1: send %2 bytes</source>
        <translation>%1：发送 %2 字节</translation>
    </message>
    <message>
        <source>%1: shut down writing</source>
        <translation>%1：关闭写方向</translation>
    </message>
    <message>
        <source>%1: close</source>
        <translation>%1：关闭</translation>
    </message>
    <message>
        <source>%1: abort</source>
        <translation>%1：中止</translation>
    </message>
    <message>
        <source>Network: deliver</source>
        <translation>网络：投递</translation>
    </message>
    <message>
        <source>Network: deliver #%1 out of order</source>
        <translation>网络：乱序投递第 %1 个</translation>
    </message>
    <message>
        <source>Network: drop #%1</source>
        <translation>网络：丢弃第 %1 个</translation>
    </message>
    <message>
        <source>Network: duplicate #%1</source>
        <translation>网络：复制第 %1 个</translation>
    </message>
    <message>
        <source>Time passes: next timer</source>
        <translation>时间流逝：下一个计时器</translation>
    </message>
    <message>
        <source>Flood: spoofed SYN to B</source>
        <translation>洪泛：发往 B 的伪造 SYN</translation>
    </message>
    <message>
        <source>B: SYN cookies on</source>
        <translation>B：开启 SYN Cookie</translation>
    </message>
    <message>
        <source>B: SYN cookies off</source>
        <translation>B：关闭 SYN Cookie</translation>
    </message>
    <message>
        <source>B: listen backlog %1</source>
        <translation>B：监听队列长度 %1</translation>
    </message>
    <message>
        <source>Crafted segment to %1: %2</source>
        <translation>发往 %1 的自制报文段：%2</translation>
    </message>
    <message>
        <source>Network: deliver %1</source>
        <translation>网络：投递 %1</translation>
    </message>
    <message>
        <source>Network: deliver #%1 out of order: %2</source>
        <translation>网络：乱序投递第 %1 个：%2</translation>
    </message>
    <message>
        <source>Network: drop %1</source>
        <translation>网络：丢弃 %1</translation>
    </message>
    <message>
        <source>Network: duplicate %1</source>
        <translation>网络：复制 %1</translation>
    </message>
    <message>
        <source>Time passes: %1&apos;s %2 timer fires</source>
        <translation>时间流逝：%1 的 %2 计时器超时</translation>
    </message>
    <message>
        <source>Flood: spoofed %1</source>
        <translation>洪泛：伪造的 %1</translation>
    </message>
    <message>
        <source>%1 — left of the window: already received</source>
        <translation>%1 — 在窗口左侧：已经收到过</translation>
    </message>
    <message>
        <source>%1 — exactly the next expected</source>
        <translation>%1 — 恰好是下一个期望的序号</translation>
    </message>
    <message>
        <source>%1 — inside the window, not the next expected</source>
        <translation>%1 — 在窗口内，但不是下一个期望的序号</translation>
    </message>
    <message>
        <source>%1 — the last number inside the window</source>
        <translation>%1 — 窗口内的最后一个序号</translation>
    </message>
    <message>
        <source>%1 — right of the window: outside</source>
        <translation>%1 — 在窗口右侧：窗口之外</translation>
    </message>
    <message>
        <source>%1 — acknowledges old data</source>
        <translation>%1 — 确认旧数据</translation>
    </message>
    <message>
        <source>%1 — acknowledges nothing new</source>
        <translation>%1 — 没有确认新内容</translation>
    </message>
    <message>
        <source>%1 — acknowledges everything sent</source>
        <translation>%1 — 确认已发送的全部内容</translation>
    </message>
    <message>
        <source>%1 — acknowledges data never sent</source>
        <translation>%1 — 确认从未发送的数据</translation>
    </message>
    <message>
        <source>The data is inside %1&apos;s window but not at RCV.NXT: %1 acknowledges what it expects; this simulator does not keep out-of-order data.</source>
        <translation>数据在 %1 的窗口内，但不在 RCV.NXT 处：%1 确认它所期望的序号；本模拟器不保存乱序数据。</translation>
    </message>
    <message>
        <source>The ACK returns a valid cookie: only now does B create the connection, rebuilt from the cookie; it passes SYN_RECEIVED within this one step and is ESTABLISHED.</source>
        <translation>该 ACK 带回了有效的 Cookie：B 直到此时才根据 Cookie 重建并创建连接；它在这一步之内经过 SYN_RECEIVED，进入 ESTABLISHED。</translation>
    </message>
    <message>
        <source>A crafted %1 arrives at %2. Its sequence number is %3.</source>
        <translation>一个自制的 %1 到达 %2。它的序号是 %3。</translation>
    </message>
    <message>
        <source>Its acknowledgement number is %1.</source>
        <translation>它的确认号是 %1。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 answers with a challenge ACK instead of resetting (RFC 5961, adopted by RFC 9293).</source>
        <translation>%1 以挑战 ACK 回答，而不是重置（RFC 5961，已被 RFC 9293 采纳）。</translation>
    </message>
    <message>
        <source>Linux drops a SYN that also carries FIN in LISTEN (tcp_rcv_state_process() discards it) and answers nothing; RFC 9293 would take the SYN and answer SYN,ACK.</source>
        <translation>在 LISTEN 状态下，Linux 丢弃同时带有 FIN 的 SYN（tcp_rcv_state_process() 将其丢弃），不作回答；按 RFC 9293 会接受该 SYN 并回答 SYN,ACK。</translation>
    </message>
    <message>
        <source>Linux keeps a passive SYN_RECEIVED as a request socket beside its listener (tcp_check_req()): a SYN inside the window resets it with a RST and only the listener remains, LISTEN, as RFC 793 said; RFC 9293 with RFC 5961 answers a challenge ACK instead.</source>
        <translation>Linux 把被动的 SYN_RECEIVED 作为请求套接字放在其监听套接字旁（tcp_check_req()）：窗口内的 SYN 会用 RST 将其重置，只剩下监听套接字，即 LISTEN，如 RFC 793 所述；RFC 9293 结合 RFC 5961 则回答挑战 ACK。</translation>
    </message>
    <message>
        <source>Linux checks the ACK number of a request socket before the sequence number (tcp_check_req()): an ACK of anything but its SYN,ACK goes to the listener, which answers with a RST.</source>
        <translation>Linux 对请求套接字先检查确认号，再检查序列号（tcp_check_req()）：确认的不是其 SYN,ACK 的 ACK 会交给监听套接字，由它回答 RST。</translation>
    </message>
    <message>
        <source>%1&apos;s peer sends its SYN again: Linux&apos;s request socket answers with its SYN,ACK once more (tcp_check_req()).</source>
        <translation>%1 的对端再次发送其 SYN：Linux 的请求套接字再次回答其 SYN,ACK（tcp_check_req()）。</translation>
    </message>
    <message>
        <source>Linux discards a segment that has none of ACK, SYN and RST before it looks at the sequence number (tcp_rcv_state_process()): no answer, where RFC 9293 would answer a segment outside the window with an ACK.</source>
        <translation>Linux 在查看序列号之前就丢弃既无 ACK、也无 SYN 和 RST 的报文段（tcp_rcv_state_process()）：不作回答，而 RFC 9293 会用 ACK 回答窗口外的报文段。</translation>
    </message>
    <message>
        <source>The segment starts exactly at RCV.NXT+RCV.WND: Linux counts it inside the window (tcp_sequence() tests &quot;not after&quot; the right edge; tcp_in_window(), for request and timewait sockets, lets an empty segment sit there); RFC 9293 counts it outside.</source>
        <translation>该报文段恰好从 RCV.NXT+RCV.WND 开始：Linux 认为它在窗口内（tcp_sequence() 检查的是“不在右边界之后”；对请求套接字和 timewait 套接字，tcp_in_window() 允许空报文段位于该处）；RFC 9293 认为它在窗口外。</translation>
    </message>
    <message>
        <source>The segment&apos;s sequence space starts beyond RCV.NXT: Linux keeps it in its out-of-order queue and acknowledges RCV.NXT at once (a duplicate ACK, tcp_data_queue()); RFC 9293 needs no answer.</source>
        <translation>该报文段的序列空间从 RCV.NXT 之后开始：Linux 把它放入乱序队列，并立即确认 RCV.NXT（重复 ACK，tcp_data_queue()）；RFC 9293 不要求回答。</translation>
    </message>
    <message>
        <source>%1 has received this sequence space already: Linux acknowledges RCV.NXT again at once (tcp_data_queue()).</source>
        <translation>%1 已经收到过这段序列空间：Linux 立即再次确认 RCV.NXT（tcp_data_queue()）。</translation>
    </message>
    <message>
        <source>%1 has received the peer&apos;s FIN already: Linux ignores data or a FIN at or beyond RCV.NXT without an answer (tcp_rcv_state_process()); RFC 9293 acknowledges a FIN again.</source>
        <translation>%1 已经收到对端的 FIN：Linux 忽略位于 RCV.NXT 或其后的数据或 FIN，不作回答（tcp_rcv_state_process()）；RFC 9293 会再次确认 FIN。</translation>
    </message>
    <message>
        <source>%1&apos;s application has closed the socket, yet new data or a FIN beyond RCV.NXT arrives: Linux answers with a RST and closes the connection at once (RFC 1122 §4.2.2.13, counted as TCPAbortOnData); RFC 9293 would go on receiving.</source>
        <translation>%1 的应用程序已关闭套接字，但仍有新数据或 RCV.NXT 之后的 FIN 到达：Linux 回答 RST 并立即关闭连接（RFC 1122 §4.2.2.13，计入 TCPAbortOnData）；按 RFC 9293 则会继续接收。</translation>
    </message>
    <message>
        <source>%1 has received the peer&apos;s FIN: Linux also takes a RST whose sequence number is RCV.NXT-1, the FIN&apos;s own (tcp_reset_check()).</source>
        <translation>%1 已收到对端的 FIN：Linux 也接受序列号为 RCV.NXT-1（即该 FIN 自己的序列号）的 RST（tcp_reset_check()）。</translation>
    </message>
    <message>
        <source>%1 is an orphaned FIN_WAIT_2 (its application closed): Linux keeps it as a timewait socket, which answers a SYN at or beyond RCV.NXT with a RST and is deleted (tcp_timewait_state_process()); RFC 9293 answers a challenge ACK.</source>
        <translation>%1 是孤立的 FIN_WAIT_2（其应用程序已关闭）：Linux 将其作为 timewait 套接字保留，它对位于 RCV.NXT 或其后的 SYN 回答 RST 并被删除（tcp_timewait_state_process()）；RFC 9293 回答挑战 ACK。</translation>
    </message>
    <message>
        <source>%1 is an orphaned FIN_WAIT_2, a timewait socket in Linux: any RST inside its window deletes it, without RFC 5961&apos;s challenge ACK (tcp_timewait_state_process()).</source>
        <translation>%1 是孤立的 FIN_WAIT_2，在 Linux 中是 timewait 套接字：其窗口内的任何 RST 都会删除它，不发送 RFC 5961 的挑战 ACK（tcp_timewait_state_process()）。</translation>
    </message>
    <message>
        <source>%1 is an orphaned FIN_WAIT_2, a timewait socket in Linux: a segment outside its window, even a RST, is answered with an ACK (tcp_timewait_state_process()).</source>
        <translation>%1 是孤立的 FIN_WAIT_2，在 Linux 中是 timewait 套接字：窗口外的报文段，即使是 RST，也会得到 ACK 回答（tcp_timewait_state_process()）。</translation>
    </message>
    <message>
        <source>%1 is in TIME_WAIT: Linux acknowledges every segment that is not exactly at RCV.NXT at once, and restarts 2MSL if it carries an ACK (tcp_timewait_state_process()); RFC 9293 acknowledges only a retransmitted FIN.</source>
        <translation>%1 处于 TIME_WAIT：Linux 对每个不恰好位于 RCV.NXT 的报文段立即确认，若其带有 ACK 则重新开始 2MSL（tcp_timewait_state_process()）；RFC 9293 只确认重传的 FIN。</translation>
    </message>
    <message>
        <source>%1 is in TIME_WAIT: Linux ignores a RST that is not exactly at RCV.NXT, without RFC 5961&apos;s challenge ACK (tcp_timewait_state_process()).</source>
        <translation>%1 处于 TIME_WAIT：Linux 忽略不恰好位于 RCV.NXT 的 RST，不发送 RFC 5961 的挑战 ACK（tcp_timewait_state_process()）。</translation>
    </message>
    <message>
        <source>A new SYN above RCV.NXT reaches %1 in TIME_WAIT: Linux ends TIME_WAIT at once and %1&apos;s listener takes the SYN as a new connection, with an initial sequence number above the old connection&apos;s (RFC 6191, RFC 1122 §4.2.2.13); RFC 9293 answers with an ACK and stays in TIME_WAIT.</source>
        <translation>一个高于 RCV.NXT 的新 SYN 到达处于 TIME_WAIT 的 %1：Linux 立即结束 TIME_WAIT，%1 的监听套接字把该 SYN 当作新连接接受，其初始序列号高于旧连接（RFC 6191，RFC 1122 §4.2.2.13）；RFC 9293 回答 ACK 并留在 TIME_WAIT。</translation>
    </message>
    <message>
        <source>A new SYN above RCV.NXT reaches %1 in TIME_WAIT: Linux ends TIME_WAIT at once and hands it to %1&apos;s listener (RFC 6191), which drops it because it carries FIN too; the connection is gone, the listener stays.</source>
        <translation>一个高于 RCV.NXT 的新 SYN 到达处于 TIME_WAIT 的 %1：Linux 立即结束 TIME_WAIT 并把它交给 %1 的监听套接字（RFC 6191），后者因其同时带有 FIN 而将其丢弃；连接已不存在，监听套接字仍在。</translation>
    </message>
    <message>
        <source>A crafted %1 arrives at %2.</source>
        <translation>一个手工构造的 %1 到达 %2。</translation>
    </message>
    <message>
        <source>RFC 9293</source>
        <translation>RFC 9293</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>TCP as RFC 9293 writes it, with the challenge ACKs of RFC 5961 that it adopts.</source>
        <translation>按 RFC 9293 所写的 TCP，包括它所采纳的 RFC 5961 挑战 ACK。</translation>
    </message>
    <message>
        <source>TCP as the Linux kernel plays it where it parts from RFC 9293 (measured on the real kernel); each such step names the Linux behaviour.</source>
        <translation>在与 RFC 9293 不同之处按 Linux 内核的方式运行的 TCP（在真实内核上测得）；每个这样的步骤都会指明 Linux 的行为。</translation>
    </message>
    <message>
        <source>Linux&apos;s RST for an abort also carries ACK with RCV.NXT (tcp_send_active_reset()); RFC 9293 §3.10.5 sends a bare RST with SEQ = SND.NXT.</source>
        <translation>Linux 在中止时发送的 RST 还带有 ACK，确认号为 RCV.NXT（tcp_send_active_reset()）；RFC 9293 §3.10.5 只发送 SEQ = SND.NXT 的单纯 RST。</translation>
    </message>
    <message>
        <source>%1 is in SYN_RECEIVED, reached from LISTEN, and a SYN arrives inside its window: the connection returns to LISTEN and sends nothing (RFC 9293 §3.10.7.4, fourth check, SYN-RECEIVED).</source>
        <translation>%1 处于 SYN_RECEIVED（由 LISTEN 进入），其窗口内到达一个 SYN：连接回到 LISTEN，不发送任何报文（RFC 9293 §3.10.7.4，第四项检查，SYN-RECEIVED）。</translation>
    </message>
    <message>
        <source>Linux judges the segment whole (tcp_sequence()): its SYN at IRS lies before the window, so %1 answers with an ACK; RFC 9293 trims the repeated SYN off and processes the rest from RCV.NXT.</source>
        <translation>Linux 将报文段作为整体判断（tcp_sequence()）：其位于 IRS 的 SYN 在窗口之前，因此 %1 以 ACK 应答；RFC 9293 则裁掉重复的 SYN，从 RCV.NXT 起处理其余部分。</translation>
    </message>
    <message>
        <source>The ACK of %1&apos;s FIN moves it to TIME_WAIT and Linux discards the rest of the segment (tcp_rcv_state_process()); RFC 9293 goes on to the FIN and acknowledges it again.</source>
        <translation>对 %1 的 FIN 的 ACK 使其进入 TIME_WAIT，Linux 丢弃报文段的其余部分（tcp_rcv_state_process()）；RFC 9293 则继续处理 FIN 并再次确认它。</translation>
    </message>
    <message>
        <source>RFC 9293 §3.10.7.1, CLOSED</source>
        <translation>RFC 9293 §3.10.7.1，CLOSED</translation>
    </message>
    <message>
        <source>RFC 9293 §3.10.7.2, first check (RST), LISTEN</source>
        <translation>RFC 9293 §3.10.7.2，第一项检查（RST），LISTEN</translation>
    </message>
    <message>
        <source>RFC 9293 §3.10.7.2, second check (ACK), LISTEN</source>
        <translation>RFC 9293 §3.10.7.2，第二项检查（ACK），LISTEN</translation>
    </message>
    <message>
        <source>RFC 9293 §3.10.7.2, third check (SYN), LISTEN</source>
        <translation>RFC 9293 §3.10.7.2，第三项检查（SYN），LISTEN</translation>
    </message>
    <message>
        <source>RFC 9293 §3.10.7.2, fourth check (other text or control), LISTEN</source>
        <translation>RFC 9293 §3.10.7.2，第四项检查（其他数据或控制位），LISTEN</translation>
    </message>
    <message>
        <source>RFC 9293 §3.10.7.3, first check (ACK), SYN-SENT</source>
        <translation>RFC 9293 §3.10.7.3，第一项检查（ACK），SYN-SENT</translation>
    </message>
    <message>
        <source>RFC 9293 §3.10.7.3, second check (RST), SYN-SENT</source>
        <translation>RFC 9293 §3.10.7.3，第二项检查（RST），SYN-SENT</translation>
    </message>
    <message>
        <source>RFC 9293 §3.10.7.3, fourth check (SYN), SYN-SENT</source>
        <translation>RFC 9293 §3.10.7.3，第四项检查（SYN），SYN-SENT</translation>
    </message>
    <message>
        <source>RFC 9293 §3.10.7.3, fifth check (neither SYN nor RST), SYN-SENT</source>
        <translation>RFC 9293 §3.10.7.3，第五项检查（既无 SYN 也无 RST），SYN-SENT</translation>
    </message>
    <message>
        <source>RFC 9293 §3.10.7.4, the segment trimmed to the window</source>
        <translation>RFC 9293 §3.10.7.4，报文段裁剪到窗口内</translation>
    </message>
    <message>
        <source>RFC 9293 §3.10.7.4, first check (sequence number)</source>
        <translation>RFC 9293 §3.10.7.4，第一项检查（序列号）</translation>
    </message>
    <message>
        <source>RFC 9293 §3.10.7.4, second check (RST)</source>
        <translation>RFC 9293 §3.10.7.4，第二项检查（RST）</translation>
    </message>
    <message>
        <source>RFC 9293 §3.10.7.4, second check (RST), SYN-RECEIVED</source>
        <translation>RFC 9293 §3.10.7.4，第二项检查（RST），SYN-RECEIVED</translation>
    </message>
    <message>
        <source>RFC 9293 §3.10.7.4, fourth check (SYN)</source>
        <translation>RFC 9293 §3.10.7.4，第四项检查（SYN）</translation>
    </message>
    <message>
        <source>RFC 9293 §3.10.7.4, fourth check (SYN), SYN-RECEIVED</source>
        <translation>RFC 9293 §3.10.7.4，第四项检查（SYN），SYN-RECEIVED</translation>
    </message>
    <message>
        <source>RFC 9293 §3.10.7.4, fifth check (ACK)</source>
        <translation>RFC 9293 §3.10.7.4，第五项检查（ACK）</translation>
    </message>
    <message>
        <source>RFC 9293 §3.10.7.4, fifth check (ACK), SYN-RECEIVED</source>
        <translation>RFC 9293 §3.10.7.4，第五项检查（ACK），SYN-RECEIVED</translation>
    </message>
    <message>
        <source>RFC 9293 §3.10.7.4, fifth check (ACK), TIME-WAIT</source>
        <translation>RFC 9293 §3.10.7.4，第五项检查（ACK），TIME-WAIT</translation>
    </message>
    <message>
        <source>RFC 9293 §3.10.7.4, seventh check (segment text)</source>
        <translation>RFC 9293 §3.10.7.4，第七项检查（报文段数据）</translation>
    </message>
    <message>
        <source>RFC 9293 §3.10.7.4, eighth check (FIN)</source>
        <translation>RFC 9293 §3.10.7.4，第八项检查（FIN）</translation>
    </message>
    <message>
        <source>RFC 5961 (challenge ACK)</source>
        <translation>RFC 5961（挑战 ACK）</translation>
    </message>
    <message>
        <source>RFC 1337 (net.ipv4.tcp_rfc1337)</source>
        <translation>RFC 1337（net.ipv4.tcp_rfc1337）</translation>
    </message>
    <message>
        <source>RFC 6191 (a new SYN ends TIME-WAIT)</source>
        <translation>RFC 6191（新的 SYN 结束 TIME-WAIT）</translation>
    </message>
    <message>
        <source>RFC 1122 §4.2.2.13 (data after close)</source>
        <translation>RFC 1122 §4.2.2.13（关闭后到达的数据）</translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation>来源：%1。</translation>
    </message>
</context>
<context>
    <name>StateSummary</name>
    <message>
        <source>no connections</source>
        <translation>没有连接</translation>
    </message>
    <message>
        <source>1 connection (server)</source>
        <translation>1 个连接（服务器）</translation>
    </message>
    <message>
        <source>1 connection (client)</source>
        <translation>1 个连接（客户端）</translation>
    </message>
    <message>
        <source>1 connection</source>
        <translation>1 个连接</translation>
    </message>
    <message>
        <source>%1 connections (client)</source>
        <translation>%1 个连接（客户端）</translation>
    </message>
    <message>
        <source>%1 connections (server)</source>
        <translation>%1 个连接（服务器）</translation>
    </message>
    <message>
        <source>%1 connections</source>
        <translation>%1 个连接</translation>
    </message>
    <message>
        <source>%1 connections (%2 client, %3 server)</source>
        <translation>%1 个连接（%2 个客户端，%3 个服务器）</translation>
    </message>
</context>
<context>
    <name>StateText</name>
    <message>
        <source>Closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>监听</translation>
    </message>
    <message>
        <source>SYN sent</source>
        <translation>同步已发送</translation>
    </message>
    <message>
        <source>SYN received</source>
        <translation>同步已收到</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>连接已建立</translation>
    </message>
    <message>
        <source>FIN wait 1</source>
        <translation>终止等待 1</translation>
    </message>
    <message>
        <source>FIN wait 2</source>
        <translation>终止等待 2</translation>
    </message>
    <message>
        <source>Close wait</source>
        <translation>关闭等待</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>双方同时关闭</translation>
    </message>
    <message>
        <source>Last ACK</source>
        <translation>最后确认</translation>
    </message>
    <message>
        <source>Time wait</source>
        <translation>时间等待</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>No connection exists: there is no transmission control block at all.</source>
        <translation>不存在连接：根本没有传输控制块（TCB）。</translation>
    </message>
    <message>
        <source>A server waits for a connection request (SYN) from any remote peer.</source>
        <translation>服务器等待来自任意远端的连接请求（SYN）。</translation>
    </message>
    <message>
        <source>The client has sent its SYN and waits for the server&apos;s SYN,ACK.</source>
        <translation>客户端已发送 SYN，正在等待服务器的 SYN,ACK。</translation>
    </message>
    <message>
        <source>The server has received a SYN, answered with SYN,ACK and waits for the final ACK of the handshake.</source>
        <translation>服务器已收到 SYN 并以 SYN,ACK 应答，正在等待握手的最后一个 ACK。</translation>
    </message>
    <message>
        <source>The connection is open: both sides may send and receive data.</source>
        <translation>连接已打开：双方都可以发送和接收数据。</translation>
    </message>
    <message>
        <source>This side has closed and sent a FIN; it waits for that FIN to be acknowledged or for the peer&apos;s FIN.</source>
        <translation>本端已关闭并发送 FIN，正在等待该 FIN 被确认或对端的 FIN。</translation>
    </message>
    <message>
        <source>This side&apos;s FIN has been acknowledged; it waits for the peer to close too.</source>
        <translation>本端的 FIN 已被确认，正在等待对端也关闭。</translation>
    </message>
    <message>
        <source>The peer has closed (its FIN arrived); this side may still send and waits for its application to close.</source>
        <translation>对端已关闭（其 FIN 已到达）；本端仍可发送数据，并等待本端应用程序关闭。</translation>
    </message>
    <message>
        <source>Both sides closed at the same time; this side waits for the ACK of its own FIN.</source>
        <translation>双方同时关闭；本端正在等待自己 FIN 的 ACK。</translation>
    </message>
    <message>
        <source>The passive closer has sent its FIN and waits for the last ACK.</source>
        <translation>被动关闭方已发送 FIN，正在等待最后一个 ACK。</translation>
    </message>
    <message>
        <source>The active closer waits twice the maximum segment lifetime (60 s on Linux) so that old duplicates die out and a lost final ACK can be resent.</source>
        <translation>主动关闭方等待两倍的最大报文段寿命（Linux 上为 60 秒），让旧的重复报文段消失，并能重发丢失的最后一个 ACK。</translation>
    </message>
    <message>
        <source>The operating system reported a state this program does not know.</source>
        <translation>操作系统报告了一个本程序不认识的状态。</translation>
    </message>
    <message>
        <source>A RST answers the SYN: nobody listens on that port, so the connection is refused and the TCB deleted (RFC 9293 §3.10.7.3).</source>
        <translation>对方用 RST 回应 SYN：该端口无人监听，因此连接被拒绝，TCB 被删除（RFC 9293 §3.10.7.3）。</translation>
    </message>
    <message>
        <source>A RST in SYN_RECEIVED after an active open aborts the attempt: the connection is refused (RFC 9293 §3.10.7.4).</source>
        <translation>主动打开后在 SYN_RECEIVED 状态收到 RST 会中止本次尝试：连接被拒绝（RFC 9293 §3.10.7.4）。</translation>
    </message>
    <message>
        <source>A RST in TIME_WAIT deletes the TCB early; RFC 1337 recommends ignoring it, Linux follows the RFC 9293 rule unless tcp_rfc1337 is set.</source>
        <translation>在 TIME_WAIT 状态收到 RST 会提前删除 TCB；RFC 1337 建议忽略它，而 Linux 除非设置了 tcp_rfc1337，否则遵循 RFC 9293 的规则。</translation>
    </message>
    <message>
        <source>A valid RST in %1 resets the connection: the user is told &quot;connection reset&quot; and the TCB is deleted (RFC 9293 §3.10.7.4).</source>
        <translation>在 %1 状态收到有效的 RST 会重置连接：应用程序得到“connection reset”，TCB 被删除（RFC 9293 §3.10.7.4）。</translation>
    </message>
    <message>
        <source>The application aborts in %1: a RST is sent, queued data is discarded and the TCB deleted (RFC 9293 §3.10.5); SO_LINGER with a zero timeout does this.</source>
        <translation>应用程序在 %1 状态中止连接：发送 RST，丢弃排队的数据并删除 TCB（RFC 9293 §3.10.5）；超时为零的 SO_LINGER 就会这样做。</translation>
    </message>
    <message>
        <source>The application aborts in %1: no RST is needed, the TCB is simply deleted (RFC 9293 §3.10.5).</source>
        <translation>应用程序在 %1 状态中止连接：无需发送 RST，直接删除 TCB（RFC 9293 §3.10.5）。</translation>
    </message>
    <message>
        <source>A server calls listen(): a TCB is created and waits for connection requests.</source>
        <translation>服务器调用 listen()：创建 TCB 并等待连接请求。</translation>
    </message>
    <message>
        <source>A client calls connect(): it picks an initial sequence number and sends a SYN.</source>
        <translation>客户端调用 connect()：选择初始序号并发送 SYN。</translation>
    </message>
    <message>
        <source>The server closes its listening socket; the TCB is deleted.</source>
        <translation>服务器关闭监听套接字；TCB 被删除。</translation>
    </message>
    <message>
        <source>A SYN arrives at the listener: it records the peer&apos;s sequence number and answers with its own SYN and an ACK.</source>
        <translation>SYN 到达监听方：记录对端的序号，并以自己的 SYN 和 ACK 应答。</translation>
    </message>
    <message>
        <source>Sending on a listening TCB turns it into an active open: a SYN goes out (allowed by the RFC, not offered by the sockets API).</source>
        <translation>在监听的 TCB 上发送数据会使其转为主动打开：发出 SYN（RFC 允许，但套接字 API 不提供）。</translation>
    </message>
    <message>
        <source>The client gives up before the handshake completes; the TCB is deleted.</source>
        <translation>客户端在握手完成前放弃；TCB 被删除。</translation>
    </message>
    <message>
        <source>Simultaneous open: both sides sent a SYN; each receives the other&apos;s SYN and answers with SYN,ACK.</source>
        <translation>同时打开：双方都发送了 SYN；每一方收到对方的 SYN 后以 SYN,ACK 应答。</translation>
    </message>
    <message>
        <source>The server&apos;s SYN,ACK arrives: the client acknowledges it and the connection is established.</source>
        <translation>服务器的 SYN,ACK 到达：客户端对其确认，连接建立。</translation>
    </message>
    <message>
        <source>The final ACK of the three-way handshake arrives: the connection is established.</source>
        <translation>三次握手的最后一个 ACK 到达：连接建立。</translation>
    </message>
    <message>
        <source>A RST in SYN_RECEIVED after a passive open returns the TCB to LISTEN: the half-open connection is forgotten.</source>
        <translation>被动打开后在 SYN_RECEIVED 状态收到 RST，TCB 返回 LISTEN：半开连接被丢弃。</translation>
    </message>
    <message>
        <source>The application closes before the handshake completes: a FIN is sent.</source>
        <translation>应用程序在握手完成前关闭：发送 FIN。</translation>
    </message>
    <message>
        <source>The application closes (or shuts down writing): a FIN is sent; this side is the active closer.</source>
        <translation>应用程序关闭（或关闭写方向）：发送 FIN；本端是主动关闭方。</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN arrives: it is acknowledged and the application will read end-of-file; this side is the passive closer.</source>
        <translation>对端的 FIN 到达：对其确认，应用程序将读到文件结束；本端是被动关闭方。</translation>
    </message>
    <message>
        <source>The ACK of our FIN arrives: our direction is closed; the peer may still send.</source>
        <translation>本端 FIN 的 ACK 到达：本端方向已关闭；对端仍可发送数据。</translation>
    </message>
    <message>
        <source>Simultaneous close: the peer&apos;s FIN arrives before the ACK of ours; it is acknowledged.</source>
        <translation>同时关闭：对端的 FIN 先于本端 FIN 的 ACK 到达；对其确认。</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN arrives together with the ACK of our FIN: straight to TIME_WAIT.</source>
        <translation>对端的 FIN 与本端 FIN 的 ACK 一起到达：直接进入 TIME_WAIT。</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN arrives: it is acknowledged and TIME_WAIT begins (Linux times an orphaned FIN_WAIT_2 out after tcp_fin_timeout, 60 s).</source>
        <translation>对端的 FIN 到达：对其确认，进入 TIME_WAIT（Linux 会在 tcp_fin_timeout（60 秒）后让孤立的 FIN_WAIT_2 超时）。</translation>
    </message>
    <message>
        <source>The application closes too: the passive closer sends its FIN.</source>
        <translation>应用程序也关闭：被动关闭方发送自己的 FIN。</translation>
    </message>
    <message>
        <source>The ACK of our FIN arrives after a simultaneous close: TIME_WAIT begins.</source>
        <translation>同时关闭后本端 FIN 的 ACK 到达：进入 TIME_WAIT。</translation>
    </message>
    <message>
        <source>The ACK of the passive closer&apos;s FIN arrives: the connection is gone.</source>
        <translation>被动关闭方 FIN 的 ACK 到达：连接结束。</translation>
    </message>
    <message>
        <source>Twice the maximum segment lifetime has passed (60 s on Linux): the TCB is deleted.</source>
        <translation>两倍最大报文段寿命已过（Linux 上为 60 秒）：TCB 被删除。</translation>
    </message>
    <message>
        <source>client path</source>
        <translation>客户端路径</translation>
    </message>
    <message>
        <source>server path</source>
        <translation>服务器路径</translation>
    </message>
    <message>
        <source>unusual path</source>
        <translation>少见路径</translation>
    </message>
    <message>
        <source>Linux, not the RFC: an orphaned FIN_WAIT_2 whose peer never closes is deleted after tcp_fin_timeout (60 s).</source>
        <translation>Linux 特有而非 RFC 规定：对端始终不关闭的孤立 FIN_WAIT_2 会在 tcp_fin_timeout（60 秒）后被删除。</translation>
    </message>
</context>
<context>
    <name>TwinText</name>
    <message>
        <source>≠ %1: %2 / %3</source>
        <translation>≠ %1：%2 / %3</translation>
    </message>
    <message>
        <source>≠ segments</source>
        <translation>≠ 报文段</translation>
    </message>
    <message>
        <source>The kernel&apos;s %1 is in %2, the simulator&apos;s in %3.</source>
        <translation>内核中的 %1 处于 %2，模拟器中的处于 %3。</translation>
    </message>
    <message>
        <source>The kernel sent %1; the simulator did not.</source>
        <translation>内核发送了 %1；模拟器没有。</translation>
    </message>
    <message>
        <source>The simulator sent %1; the kernel did not.</source>
        <translation>模拟器发送了 %1；内核没有。</translation>
    </message>
    <message>
        <source>The kernel sent %1 where the simulator sent %2.</source>
        <translation>内核发送了 %1，而模拟器发送的是 %2。</translation>
    </message>
    <message>
        <source>The simulator has no segment like %1: this wire action is not applied to it.</source>
        <translation>模拟器没有类似 %1 的报文段：此线路操作不会作用于它。</translation>
    </message>
    <message>
        <source>The simulator plays RFC 9293 here; its Linux profile follows the kernel.</source>
        <translation>模拟器在此按 RFC 9293 运行；其 Linux 配置与内核一致。</translation>
    </message>
</context>
<context>
    <name>WebpEncoder</name>
    <message>
        <source>A WebP cannot be %1×%2 pixels.</source>
        <translation>WebP 不能为 %1×%2 像素。</translation>
    </message>
    <message>
        <source>This libwebp does not match the one the program was built with.</source>
        <translation>此 libwebp 与构建程序时使用的版本不一致。</translation>
    </message>
    <message>
        <source>Not enough memory for a %1×%2 WebP.</source>
        <translation>内存不足，无法生成 %1×%2 的 WebP。</translation>
    </message>
    <message>
        <source>The WebP was not started.</source>
        <translation>WebP 尚未开始。</translation>
    </message>
</context>
<context>
    <name>WhatIf</name>
    <message>
        <source>unknown state</source>
        <translation>未知状态</translation>
    </message>
    <message>
        <source>SYN_SENT is reached only by an active open (--via active)</source>
        <translation>只有主动打开才能到达 SYN_SENT（--via active）</translation>
    </message>
    <message>
        <source>LISTEN is reached only by a passive open (--via passive)</source>
        <translation>只有被动打开才能到达 LISTEN（--via passive）</translation>
    </message>
    <message>
        <source>no %1 from %2 reached the wire</source>
        <translation>没有来自 %2 的 %1 到达线路</translation>
    </message>
    <message>
        <source>lost a held segment</source>
        <translation>丢失了一个被扣住的报文段</translation>
    </message>
    <message>
        <source>the server did not accept the connection</source>
        <translation>服务器没有接受该连接</translation>
    </message>
    <message>
        <source>cannot reach %1</source>
        <translation>无法到达 %1</translation>
    </message>
    <message>
        <source>the kernel&apos;s socket is in %1, not %2</source>
        <translation>内核的套接字处于 %1，而不是 %2</translation>
    </message>
    <message>
        <source>the simulator has no %1 from %2 in flight</source>
        <translation>模拟器中没有来自 %2 的 %1 在途</translation>
    </message>
    <message>
        <source>the simulator is in %1, not %2</source>
        <translation>模拟器处于 %1，而不是 %2</translation>
    </message>
    <message>
        <source>cannot set %1: %2</source>
        <translation>无法设置 %1：%2</translation>
    </message>
    <message>
        <source>--closed-by does not apply to %1: only FIN_WAIT_1, FIN_WAIT_2, CLOSING, TIME_WAIT and LAST_ACK are reached by closing</source>
        <translation>--closed-by 不适用于 %1：只有 FIN_WAIT_1、FIN_WAIT_2、CLOSING、TIME_WAIT 和 LAST_ACK 是通过关闭到达的</translation>
    </message>
    <message>
        <source>--listener does not apply to %1 with --via active: the receiver&apos;s port is an ephemeral one</source>
        <translation>--listener 不适用于带 --via active 的 %1：接收方的端口是临时端口</translation>
    </message>
    <message>
        <source>--listener does not apply to %1: it is for the states after the handshake (ESTABLISHED to TIME_WAIT)</source>
        <translation>--listener 不适用于 %1：它用于握手之后的状态（ESTABLISHED 至 TIME_WAIT）</translation>
    </message>
</context>
<context>
    <name>WhatIfCommand</name>
    <message>
        <source>A socket in STATE receives one crafted SEGMENT: what does it answer, and which state is it in then? Asked of the real Linux kernel (in the private network, without root), of the simulator, or of both. CLOSED means a port with no socket. SEGMENT: SYN, SYN+ACK, SYN+FIN, ACK, FIN, FIN+ACK, RST, RST+ACK.</source>
        <translation>处于某状态的套接字收到一个构造的报文段：它如何应答，之后处于哪个状态？可询问真实的 Linux 内核（在私有网络中，无需 root）、模拟器，或两者。CLOSED 表示没有套接字的端口。报文段：SYN、SYN+ACK、SYN+FIN、ACK、FIN、FIN+ACK、RST、RST+ACK。</translation>
    </message>
    <message>
        <source>The receiver&apos;s state.</source>
        <translation>接收方的状态。</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The segment&apos;s flags.</source>
        <translation>报文段的标志。</translation>
    </message>
    <message>
        <source>SEGMENT</source>
        <translation>报文段</translation>
    </message>
    <message>
        <source>sim, linux or both (default both).</source>
        <translation>sim、linux 或 both（默认 both）。</translation>
    </message>
    <message>
        <source>ENGINE</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>How the receiver got there: passive (it listened) or active (it connected); default passive, active for SYN_SENT.</source>
        <translation>接收方如何到达该状态：passive（它在监听）或 active（它主动连接）；默认 passive，SYN_SENT 时为 active。</translation>
    </message>
    <message>
        <source>HOW</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>The segment&apos;s sequence number, relative to the receiver: rcv.nxt, rcv.nxt+1, rcv.nxt-1, rcv.nxt+wnd-1, rcv.nxt+wnd, snd.una, snd.nxt, irs, iss, NAME±N or a number (default rcv.nxt).</source>
        <translation>报文段的序号，相对于接收方：rcv.nxt、rcv.nxt+1、rcv.nxt-1、rcv.nxt+wnd-1、rcv.nxt+wnd、snd.una、snd.nxt、irs、iss、名称±N 或一个数字（默认 rcv.nxt）。</translation>
    </message>
    <message>
        <source>EXPR</source>
        <translation>表达式</translation>
    </message>
    <message>
        <source>The acknowledgement number, written the same way (default snd.nxt).</source>
        <translation>确认号，写法相同（默认 snd.nxt）。</translation>
    </message>
    <message>
        <source>Bytes of data in the segment (0 to 1400, default 0).</source>
        <translation>报文段中的数据字节数（0 到 1400，默认 0）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>ipv4 or ipv6 (default ipv4).</source>
        <translation>ipv4 或 ipv6（默认 ipv4）。</translation>
    </message>
    <message>
        <source>FAMILY</source>
        <translation>协议族</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>whatif needs Linux for now: the simulator&apos;s answers are in &quot;tcpstatelab simulate&quot;.</source>
        <translation>whatif 目前需要 Linux：模拟器的应答见“tcpstatelab simulate”。</translation>
    </message>
    <message>
        <source>whatif needs a STATE and a SEGMENT, e.g. &quot;whatif ESTABLISHED SYN&quot; (see --help).</source>
        <translation>whatif 需要一个状态和一个报文段，例如“whatif ESTABLISHED SYN”（参见 --help）。</translation>
    </message>
    <message>
        <source>unknown state &quot;%1&quot;; valid states: %2</source>
        <translation>未知状态“%1”；有效状态：%2</translation>
    </message>
    <message>
        <source>unknown segment &quot;%1&quot;; valid segments: %2 (SYN,ACK spelling too)</source>
        <translation>未知报文段“%1”；有效报文段：%2（也可写作 SYN,ACK）</translation>
    </message>
    <message>
        <source>unknown engine &quot;%1&quot;; valid engines: sim, linux, both.</source>
        <translation>未知引擎“%1”；有效值：sim、linux、both。</translation>
    </message>
    <message>
        <source>unknown --via &quot;%1&quot;; use passive or active.</source>
        <translation>未知的 --via“%1”；请使用 passive 或 active。</translation>
    </message>
    <message>
        <source>invalid --len &quot;%1&quot;: use a whole number from 0 to 1400.</source>
        <translation>无效的 --len“%1”：请使用 0 到 1400 之间的整数。</translation>
    </message>
    <message>
        <source>unknown family &quot;%1&quot;; valid families: ipv4, ipv6.</source>
        <translation>未知协议族“%1”；有效值：ipv4、ipv6。</translation>
    </message>
    <message>
        <source>the real kernel needs the private network, which is not available: %1
How to allow it: %2 (--engine sim asks the simulator only)</source>
        <translation>真实内核需要私有网络，但它不可用：%1
如何允许：%2（--engine sim 只询问模拟器）</translation>
    </message>
    <message>
        <source>the kernel could not be put in %1: %2</source>
        <translation>无法让内核进入 %1：%2</translation>
    </message>
    <message>
        <source>the simulator could not be put in %1: %2</source>
        <translation>无法让模拟器进入 %1：%2</translation>
    </message>
    <message>
        <source>%1 receives %2 seq=%3 ack=%4 len=%5</source>
        <translation>%1 收到 %2 seq=%3 ack=%4 len=%5</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>answers %1</source>
        <translation>应答 %1</translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>之后：%1</translation>
    </message>
    <message>
        <source>Linux:</source>
        <translation>Linux：</translation>
    </message>
    <message>
        <source>Simulator:</source>
        <translation>模拟器：</translation>
    </message>
    <message>
        <source>The kernel and the simulator agree.</source>
        <translation>内核与模拟器一致。</translation>
    </message>
    <message>
        <source>The kernel and the simulator differ.</source>
        <translation>内核与模拟器不一致。</translation>
    </message>
    <message>
        <source>Which TCP the simulator plays: rfc9293 (the default) or linux (where the Linux kernel answers differently).</source>
        <translation>模拟器扮演哪种 TCP：rfc9293（默认）或 linux（在 Linux 内核回答不同之处）。</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Simulator (%1):</source>
        <translation>模拟器（%1）：</translation>
    </message>
    <message>
        <source>Instead of one STATE and SEGMENT, every state × every segment kind at one position (the explorer&apos;s grid); with --engine, --csv, --html or --json.</source>
        <translation>不指定单个 STATE 和 SEGMENT，而是在一个位置上询问所有状态 × 所有报文段类型（探索器的表格）；可与 --engine、--csv、--html 或 --json 一起使用。</translation>
    </message>
    <message>
        <source>With --table: where the segment&apos;s sequence number falls: in-window (rcv.nxt+1, default), left-edge (rcv.nxt) or outside-window (rcv.nxt+wnd).</source>
        <translation>与 --table 一起：报文段序列号的位置：in-window（rcv.nxt+1，默认）、left-edge（rcv.nxt）或 outside-window（rcv.nxt+wnd）。</translation>
    </message>
    <message>
        <source>POSITION</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>With --table: print CSV, one line per cell.</source>
        <translation>与 --table 一起：输出 CSV，每个单元格一行。</translation>
    </message>
    <message>
        <source>With --table: print a self-contained HTML page (a handout).</source>
        <translation>与 --table 一起：输出一个独立的 HTML 页面（讲义）。</translation>
    </message>
    <message>
        <source>--table asks every state and segment: leave out STATE and SEGMENT.</source>
        <translation>--table 会询问所有状态和报文段：请省略 STATE 和 SEGMENT。</translation>
    </message>
    <message>
        <source>--%1 is for one STATE and SEGMENT, not with --table (--position places the sequence number).</source>
        <translation>--%1 用于单个 STATE 和 SEGMENT，不能与 --table 一起使用（用 --position 指定序列号）。</translation>
    </message>
    <message>
        <source>choose one of --csv, --html and --json.</source>
        <translation>请在 --csv、--html 和 --json 中只选一个。</translation>
    </message>
    <message>
        <source>--%1 needs --table.</source>
        <translation>--%1 需要 --table。</translation>
    </message>
    <message>
        <source>unknown --closed-by &quot;%1&quot;; use close or shutdown.</source>
        <translation>未知的 --closed-by &quot;%1&quot;；请使用 close 或 shutdown。</translation>
    </message>
    <message>
        <source>unknown --listener &quot;%1&quot;; use yes or no.</source>
        <translation>未知的 --listener &quot;%1&quot;；请使用 yes 或 no。</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;; valid settings: %2 (as NAME=VALUE).</source>
        <translation>未知设置 &quot;%1&quot;；有效设置：%2（格式为 名称=值）。</translation>
    </message>
    <message>
        <source>invalid value &quot;%1&quot; for %2: use a whole number from %3 to %4.</source>
        <translation>%2 的值 &quot;%1&quot; 无效：请使用 %3 到 %4 之间的整数。</translation>
    </message>
    <message>
        <source>How the receiver&apos;s application left ESTABLISHED (FIN_WAIT_1, FIN_WAIT_2, CLOSING, TIME_WAIT, LAST_ACK): shutdown (a half-close, the default) or close (the socket is orphaned).</source>
        <translation>接收方应用程序如何离开 ESTABLISHED（FIN_WAIT_1、FIN_WAIT_2、CLOSING、TIME_WAIT、LAST_ACK）：shutdown（半关闭，默认）或 close（套接字成为孤儿）。</translation>
    </message>
    <message>
        <source>Whether a listening socket shares the receiver&apos;s port (ESTABLISHED to TIME_WAIT, passive): yes or no (default no).</source>
        <translation>是否有监听套接字共享接收方的端口（ESTABLISHED 至 TIME_WAIT，被动）：yes 或 no（默认 no）。</translation>
    </message>
    <message>
        <source>YES|NO</source>
        <translation>YES|NO</translation>
    </message>
    <message>
        <source>A kernel setting of both hosts, repeatable, as in &quot;net run --set&quot;: tcp_rfc1337, tcp_syncookies, tcp_timestamps, ...</source>
        <translation>两台主机的内核设置，可重复，同 &quot;net run --set&quot;：tcp_rfc1337、tcp_syncookies、tcp_timestamps……</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>名称=值</translation>
    </message>
    <message>
        <source>  The simulator does not model %1: it answers as with the kernel&apos;s default.</source>
        <translation>  模拟器不模拟 %1：它按内核默认值作答。</translation>
    </message>
</context>
<context>
    <name>WhatIfTable</name>
    <message>
        <source>unknown position &quot;%1&quot;; valid positions: %2 (or the expression: rcv.nxt+1, rcv.nxt, rcv.nxt+wnd)</source>
        <translation>未知位置“%1”；有效位置：%2（或表达式：rcv.nxt+1、rcv.nxt、rcv.nxt+wnd）</translation>
    </message>
    <message>
        <source>unknown engine &quot;%1&quot;; valid engines: sim, linux, both.</source>
        <translation>未知引擎“%1”；有效引擎：sim、linux、both。</translation>
    </message>
    <message>
        <source>the real kernel needs the private network, which is not available: %1
How to allow it: %2 (--engine sim asks the simulator only)</source>
        <translation>真实内核需要私有网络，但它不可用：%1
如何允许：%2（--engine sim 只询问模拟器）</translation>
    </message>
</context>
<context>
    <name>Wire</name>
    <message>
        <source>segment %1 is not held on the wire</source>
        <translation>报文段 %1 没有扣在线路上</translation>
    </message>
    <message>
        <source>the wire could not send the frame: %1</source>
        <translation>线路无法发送该帧：%1</translation>
    </message>
    <message>
        <source>addressed to a spoofed source: it never leaves the wire</source>
        <translation>发往伪造的源地址：它永远不会离开线路</translation>
    </message>
    <message>
        <source>a segment to a spoofed address never leaves the wire</source>
        <translation>发往伪造地址的报文段永远不会离开线路</translation>
    </message>
    <message>
        <source>a crafted segment comes from a host of the private network or a spoofed address (198.51.100.0/24, 2001:db8:ff::/64)</source>
        <translation>构造的报文段必须来自私有网络中的主机或伪造地址（198.51.100.0/24、2001:db8:ff::/64）</translation>
    </message>
    <message>
        <source>the crafted segment is not addressed to host %1</source>
        <translation>构造的报文段不是发往主机 %1 的</translation>
    </message>
</context>
<context>
    <name>WireLab</name>
    <message>
        <source>SYN cookies: 0 never, 1 when the SYN queue overflows, 2 always.</source>
        <translation>SYN cookie：0 从不，1 在 SYN 队列溢出时，2 总是。</translation>
    </message>
    <message>
        <source>How many half-open connections a listener keeps at most.</source>
        <translation>监听套接字最多保留多少个半开连接。</translation>
    </message>
    <message>
        <source>How often a SYN_RECEIVED socket resends its SYN,ACK before it gives up.</source>
        <translation>SYN_RECEIVED 套接字放弃之前重发 SYN,ACK 的次数。</translation>
    </message>
    <message>
        <source>How often connect() resends its SYN before it fails.</source>
        <translation>connect() 失败之前重发 SYN 的次数。</translation>
    </message>
    <message>
        <source>Seconds an orphaned socket waits in FIN_WAIT_2 for the peer&apos;s FIN.</source>
        <translation>孤儿套接字在 FIN_WAIT_2 中等待对端 FIN 的秒数。</translation>
    </message>
    <message>
        <source>How often data (or a FIN) is retransmitted before the connection is dropped.</source>
        <translation>连接被放弃之前数据（或 FIN）的重传次数。</translation>
    </message>
    <message>
        <source>The timestamps option (RFC 7323): 0 off, 1 on, 2 without random offsets.</source>
        <translation>时间戳选项（RFC 7323）：0 关，1 开，2 不带随机偏移。</translation>
    </message>
    <message>
        <source>Selective acknowledgements (SACK): 0 off, 1 on.</source>
        <translation>选择性确认（SACK）：0 关，1 开。</translation>
    </message>
    <message>
        <source>Window scaling (RFC 7323): 0 off, 1 on.</source>
        <translation>窗口缩放（RFC 7323）：0 关，1 开。</translation>
    </message>
    <message>
        <source>1: a RST received in TIME_WAIT does not end it early (RFC 1337).</source>
        <translation>1：TIME_WAIT 中收到的 RST 不会提前结束它（RFC 1337）。</translation>
    </message>
    <message>
        <source>1: a full accept queue answers with RST instead of ignoring the ACK.</source>
        <translation>1：accept 队列已满时以 RST 回应，而不是忽略 ACK。</translation>
    </message>
    <message>
        <source>The shortest retransmission timeout of both hosts&apos; routes, in ms: time to step by hand. SYN and SYN,ACK keep Linux&apos;s own 1 s timer (linear for the first retries).</source>
        <translation>两台主机路由的最短重传超时（毫秒）：留出手动单步的时间。SYN 和 SYN,ACK 保留 Linux 自己的 1 秒定时器（前几次重传为线性）。</translation>
    </message>
</context>
<context>
    <name>WireLadder</name>
    <message>
        <source>RTO %1 s</source>
        <translation>RTO %1 秒</translation>
    </message>
</context>
<context>
    <name>WireScript</name>
    <message>
        <source>Wire session</source>
        <translation>线路会话</translation>
    </message>
    <message>
        <source>Two real TCP stacks in a private network, every segment held on the wire.</source>
        <translation>私有网络中的两个真实 TCP 协议栈，每个报文段都在线路上暂停。</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>第 %1 行</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>TCP State Lab: TCP&apos;s eleven connection states, live from the kernel and step by step.</source>
        <translation>TCP State Lab：TCP 的十一种连接状态，来自内核的实时数据与逐步演示。</translation>
    </message>
    <message>
        <source>Language, e.g. de or zh_CN.</source>
        <translation>语言，例如 de 或 zh_CN。</translation>
    </message>
    <message>
        <source>LOCALE</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Open in presentation mode: full screen, large labels, high contrast (Esc leaves it).</source>
        <translation>以演示模式打开：全屏、大号标签、高对比度（按 Esc 退出）。</translation>
    </message>
</context>
<context>
    <name>tsl::AnimationExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Export Animation</source>
        <translation>导出动画</translation>
    </message>
    <message>
        <source>GIF, for slides</source>
        <translation>GIF，用于幻灯片</translation>
    </message>
    <message>
        <source>Animated WebP</source>
        <translation>动画 WebP</translation>
    </message>
    <message>
        <source>HTML page with a step control, for a course site</source>
        <translation>带步骤控件的 HTML 网页，用于课程网站</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Print (black on white)</source>
        <translation>打印（白底黑字）</translation>
    </message>
    <message>
        <source> frames per second</source>
        <translation> 帧/秒</translation>
    </message>
    <message>
        <source> s per step</source>
        <translation> 秒/步</translation>
    </message>
    <message>
        <source>Shows:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>尺寸(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Glide:</source>
        <translation>滑动(&amp;G)：</translation>
    </message>
    <message>
        <source>S&amp;tep:</source>
        <translation>步长(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>GIF animation (*.gif)</source>
        <translation>GIF 动画 (*.gif)</translation>
    </message>
    <message>
        <source>Animated WebP (*.webp)</source>
        <translation>动画 WebP (*.webp)</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>HTML 网页 (*.html)</translation>
    </message>
    <message>
        <source>&amp;Cancel Export</source>
        <translation>取消导出(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <source>Cannot export to &quot;%1&quot;: unknown file type; use .gif, .webp or .html.</source>
        <translation>无法导出到“%1”：未知文件类型；请使用 .gif、.webp 或 .html。</translation>
    </message>
</context>
<context>
    <name>tsl::CraftSegmentDialog</name>
    <message>
        <source>Craft a segment</source>
        <translation>自制报文段</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1（来自 %2）</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> 字节</translation>
    </message>
    <message>
        <source>&amp;Receiver:</source>
        <translation>接收方(&amp;R)：</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>标志位：</translation>
    </message>
    <message>
        <source>&amp;Sequence number:</source>
        <translation>序号(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Acknowledgement:</source>
        <translation>确认号(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>长度(&amp;L)：</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>报文段：</translation>
    </message>
    <message>
        <source>&amp;Inject</source>
        <translation>注入(&amp;I)</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>%1 is %2: RCV.NXT = %3, RCV.WND = %4, SND.UNA = %5, SND.NXT = %6.</source>
        <translation>%1 处于 %2：RCV.NXT = %3，RCV.WND = %4，SND.UNA = %5，SND.NXT = %6。</translation>
    </message>
    <message>
        <source>From spoofed sources (198.51.100.0/24): a flood</source>
        <translation>来自伪造源地址（198.51.100.0/24）：洪泛</translation>
    </message>
    <message>
        <source>How many:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <source>Seq and ack relative to %1 as the wire has seen it: rcv.nxt, snd.una, snd.nxt, irs, iss, rcv.nxt+wnd; ± a number; or a plain number.</source>
        <translation>seq 和 ack 相对于线路所见的 %1：rcv.nxt、snd.una、snd.nxt、irs、iss、rcv.nxt+wnd；± 一个数；或一个普通数字。</translation>
    </message>
    <message>
        <source>spoofed sources</source>
        <translation>伪造的源地址</translation>
    </message>
    <message>
        <source>%1→%2 %3 seq=%4%5 len=%6</source>
        <translation>%1→%2 %3 seq=%4%5 len=%6</translation>
    </message>
    <message>
        <source>(no flags)</source>
        <translation>（无标志）</translation>
    </message>
</context>
<context>
    <name>tsl::DiagramExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>导出状态图</translation>
    </message>
    <message numerus="yes">
        <source>Include the %n token(s) now on the diagram</source>
        <translation>
            <numerusform>包含状态图上当前的 %n 个标记</numerusform>
        </translation>
    </message>
    <message>
        <source>Include the tokens on the diagram (there are none now)</source>
        <translation>包含状态图上的标记（当前没有）</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>A landscape page with the diagram filling it.</source>
        <translation>横向页面，状态图铺满整页。</translation>
    </message>
    <message>
        <source>The picture is as wide as this paper&apos;s printable area.</source>
        <translation>图片宽度等于该纸张的可打印区域宽度。</translation>
    </message>
    <message>
        <source>A PNG has no paper size: 2400 pixels wide.</source>
        <translation>PNG 没有纸张尺寸：宽 2400 像素。</translation>
    </message>
    <message>
        <source>Name the file .pdf, .svg or .png.</source>
        <translation>请将文件命名为 .pdf、.svg 或 .png。</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG vector image (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>文件夹“%1”不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists. Replace it?</source>
        <translation>“%1”已存在。是否替换？</translation>
    </message>
    <message>
        <source>Black on &amp;white, for printing</source>
        <translation>白底黑字，用于打印(&amp;W)</translation>
    </message>
</context>
<context>
    <name>tsl::DiagramTableDialog</name>
    <message>
        <source>Diagram as a Table</source>
        <translation>以表格显示状态图</translation>
    </message>
    <message>
        <source>Every state of the diagram, with the connections on it now (the panel in front is followed).</source>
        <translation>状态图的每个状态及其当前的连接（跟随前台面板）。</translation>
    </message>
    <message>
        <source>TCP states</source>
        <translation>TCP 状态</translation>
    </message>
</context>
<context>
    <name>tsl::DiagramTableModel</name>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>tsl::ExerciseDialog</name>
    <message>
        <source>Save Exercise</source>
        <translation>保存练习</translation>
    </message>
    <message>
        <source>Shown to the students first (optional)</source>
        <translation>首先向学生显示（可选）</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Asks</source>
        <translation>提问</translation>
    </message>
    <message>
        <source>About</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>Hint (optional)</source>
        <translation>提示（可选）</translation>
    </message>
    <message>
        <source>Ask before this step</source>
        <translation>在此步之前提问</translation>
    </message>
    <message>
        <source>State and segment</source>
        <translation>状态和报文段</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>报文段</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Whom the question asks about; Auto: the side the step changes or acts on</source>
        <translation>问题针对哪一方；自动：该步骤改变或作用的一方</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>级别：</translation>
    </message>
    <message>
        <source>Tick the steps that are questions: the students predict the state and the segment before each.</source>
        <translation>勾选作为问题的步骤：学生在每一步之前预测状态和报文段。</translation>
    </message>
</context>
<context>
    <name>tsl::ExplorerDialog</name>
    <message>
        <source>HTML page for a handout (*.html)</source>
        <translation>用于讲义的 HTML 页面 (*.html)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Export the Explorer&apos;s Table</source>
        <translation>导出探索器的表格</translation>
    </message>
    <message>
        <source>Linux&apos;s answers are missing: the private network is not available here (%1).</source>
        <translation>缺少 Linux 的应答：此处无法使用私有网络（%1）。</translation>
    </message>
    <message>
        <source>RFC 9293&apos;s answers only: Linux was not asked.</source>
        <translation>仅有 RFC 9293 的应答：未询问 Linux。</translation>
    </message>
    <message>
        <source>Linux was asked for %1 of the %2 cells.</source>
        <translation>已就 %2 个单元格中的 %1 个询问 Linux。</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Table written to %1</source>
        <translation>表格已写入 %1</translation>
    </message>
    <message>
        <source>Ask Linux &amp;Again</source>
        <translation>再次询问 Linux(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation>填充(&amp;F)</translation>
    </message>
    <message>
        <source>Ask the real Linux kernel, in a private network, what each cell of this position lacks (a few seconds a row)</source>
        <translation>在私有网络中向真实的 Linux 内核询问此位置各单元格所缺的应答（每行几秒）</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>约剩 %1 秒</translation>
    </message>
    <message>
        <source>Asking Linux: %1 (%2 of %3) %4</source>
        <translation>正在询问 Linux：%1（%2/%3）%4</translation>
    </message>
    <message>
        <source>Asking Linux for %1: %2 of %3</source>
        <translation>正在为 %1 询问 Linux：%2/%3</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v/%m</translation>
    </message>
    <message>
        <source>%1 of %2 cells compared differ (marked ≠).</source>
        <translation>已比较的 %2 个单元格中有 %1 个不同（以 ≠ 标出）。</translation>
    </message>
    <message>
        <source>Fill asks Linux for the rest.</source>
        <translation>“填充”会向 Linux 询问其余单元格。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Linux&apos;s answers stay empty:&lt;/b&gt; the private network is not available here: %1.&lt;br&gt;&lt;b&gt;How to allow it:&lt;/b&gt; %2&lt;br&gt;RFC 9293&apos;s answers (the simulator) are all shown.</source>
        <translation>&lt;b&gt;Linux 的应答为空：&lt;/b&gt;此处无法使用私有网络：%1。&lt;br&gt;&lt;b&gt;如何允许：&lt;/b&gt;%2&lt;br&gt;RFC 9293 的应答（模拟器）全部显示。</translation>
    </message>
    <message>
        <source>Click a cell to see its exchange.</source>
        <translation>点击一个单元格查看其报文交换。</translation>
    </message>
    <message>
        <source>They differ.</source>
        <translation>两者不同。</translation>
    </message>
    <message>
        <source>They agree.</source>
        <translation>两者一致。</translation>
    </message>
    <message>
        <source>RFC 9293 (simulator):</source>
        <translation>RFC 9293（模拟器）：</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation>尚未询问</translation>
    </message>
    <message>
        <source>Linux (real kernel):</source>
        <translation>Linux（真实内核）：</translation>
    </message>
    <message>
        <source>The ladder: the simulator&apos;s steps that bring %1 into %2, then the crafted segment (dash-dotted) and the answer.</source>
        <translation>时序图：模拟器将 %1 带入 %2 的各步，然后是构造的报文段（点划线）及其应答。</translation>
    </message>
    <message>
        <source>State × Segment Explorer — TCP State Lab</source>
        <translation>状态 × 报文段探索器 — TCP State Lab</translation>
    </message>
    <message>
        <source>&amp;Sequence number:</source>
        <translation>序列号(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Stop asking the kernel after the cell under way; what is in stays</source>
        <translation>当前单元格完成后停止询问内核；已有的结果保留</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the table shown as an HTML page for a handout or as a CSV table</source>
        <translation>将显示的表格写成用于讲义的 HTML 页面或 CSV 表格</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>RFC 9293&apos;s answers are in. Fill asks the real Linux kernel (a few seconds).</source>
        <translation>RFC 9293 的答案已就绪。“填充”将询问真实的 Linux 内核（需几秒钟）。</translation>
    </message>
    <message>
        <source>Linux:</source>
        <translation>Linux：</translation>
    </message>
    <message>
        <source>Conditions: %1.</source>
        <translation>条件：%1。</translation>
    </message>
    <message>
        <source>&amp;Reached:</source>
        <translation>到达方式(&amp;R)：</translation>
    </message>
    <message>
        <source>passively (listened)</source>
        <translation>被动（监听）</translation>
    </message>
    <message>
        <source>actively (connected)</source>
        <translation>主动（连接）</translation>
    </message>
    <message>
        <source>How the receiver got to its state (whatif --via); LISTEN is always passive, SYN_SENT active</source>
        <translation>接收方如何到达其状态（whatif --via）；LISTEN 总是被动，SYN_SENT 总是主动</translation>
    </message>
    <message>
        <source>Cl&amp;osed by:</source>
        <translation>关闭方式(&amp;O)：</translation>
    </message>
    <message>
        <source>How the receiver&apos;s application left ESTABLISHED (whatif --closed-by): after close() Linux keeps FIN_WAIT_2 as an orphan</source>
        <translation>接收方应用程序如何离开 ESTABLISHED（whatif --closed-by）：close() 之后 Linux 将 FIN_WAIT_2 作为孤儿套接字保留</translation>
    </message>
    <message>
        <source>Listener on the &amp;port:</source>
        <translation>端口上的监听套接字(&amp;P)：</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Whether a listening socket shares the receiver&apos;s port (whatif --listener): TIME_WAIT hands a new SYN to it</source>
        <translation>是否有监听套接字共享接收方的端口（whatif --listener）：TIME_WAIT 会把新的 SYN 交给它</translation>
    </message>
    <message>
        <source>net.ipv4.tcp_rfc1337 = 1 (whatif --set): TIME_WAIT ignores a RST</source>
        <translation>net.ipv4.tcp_rfc1337 = 1（whatif --set）：TIME_WAIT 忽略 RST</translation>
    </message>
    <message>
        <source>Each cell: the answer (– none), and → the state the socket moves to. ≠ marks a difference: RFC 9293 above, Linux below. = both agree. A corner mark: the answer depends on a condition (the cell&apos;s explanation gives the other answer).</source>
        <translation>每个单元格：应答（– 表示无），→ 后为套接字进入的状态。≠ 表示不同：上为 RFC 9293，下为 Linux。= 表示两者一致。角标：应答取决于某个条件（单元格的说明给出另一种应答）。</translation>
    </message>
</context>
<context>
    <name>tsl::ExplorerModel</name>
    <message>
        <source>not available here: %1</source>
        <translation>此处不可用：%1</translation>
    </message>
    <message>
        <source>not asked yet (Fill asks the real kernel)</source>
        <translation>尚未询问（“填充”会询问真实内核）</translation>
    </message>
    <message>
        <source>A crafted segment with the flags %1, sent to a socket in the row&apos;s state</source>
        <translation>带有 %1 标志的构造报文段，发送给处于该行状态的套接字</translation>
    </message>
    <message>
        <source>A port with no socket.</source>
        <translation>没有套接字的端口。</translation>
    </message>
</context>
<context>
    <name>tsl::FirstRunHint</name>
    <message>
        <source>&lt;b&gt;New here?&lt;/b&gt; Press &lt;b&gt;Ctrl+3&lt;/b&gt; for the simulator and &lt;b&gt;→&lt;/b&gt; to step through a handshake; &lt;b&gt;Ctrl+1&lt;/b&gt; makes real sockets in the Live Lab. &lt;b&gt;F11&lt;/b&gt;: presentation mode. &lt;b&gt;F1&lt;/b&gt;: the user guide.</source>
        <translation>&lt;b&gt;初次使用？&lt;/b&gt;按 &lt;b&gt;Ctrl+3&lt;/b&gt; 打开模拟器，按 &lt;b&gt;→&lt;/b&gt; 逐步查看一次握手；&lt;b&gt;Ctrl+1&lt;/b&gt; 在实时实验室中创建真实套接字。&lt;b&gt;F11&lt;/b&gt;：演示模式。&lt;b&gt;F1&lt;/b&gt;：用户指南。</translation>
    </message>
    <message>
        <source>Open the &amp;Guide</source>
        <translation>打开指南(&amp;G)</translation>
    </message>
    <message>
        <source>Got It</source>
        <translation>知道了</translation>
    </message>
    <message>
        <source>Hide this hint for good</source>
        <translation>不再显示此提示</translation>
    </message>
</context>
<context>
    <name>tsl::LabHandDrive</name>
    <message>
        <source>By hand: one operation at a time</source>
        <translation>手动：一次一个操作</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>远端</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>监听</translation>
    </message>
    <message>
        <source>A new listener on the address and server port above.</source>
        <translation>在上方的地址和服务器端口上新建一个监听套接字。</translation>
    </message>
    <message>
        <source>backlog</source>
        <translation>backlog</translation>
    </message>
    <message>
        <source>deferred accept</source>
        <translation>延迟 accept</translation>
    </message>
    <message>
        <source>TCP_DEFER_ACCEPT: the handshake&apos;s bare ACK is ignored; the connection waits for data.</source>
        <translation>TCP_DEFER_ACCEPT：握手中不带数据的 ACK 被忽略；连接等待数据到来。</translation>
    </message>
    <message>
        <source>Connect a client</source>
        <translation>连接一个客户端</translation>
    </message>
    <message>
        <source>A new client connects to the selected listener (or the newest one).</source>
        <translation>新客户端连接到所选的监听套接字（或最新的一个）。</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>停止读取</translation>
    </message>
    <message>
        <source>A small receive buffer nobody reads: the window closes and the peer&apos;s data waits.</source>
        <translation>接收缓冲区很小且无人读取：窗口关闭，对端的数据只能等待。</translation>
    </message>
    <message>
        <source>Shut down writing</source>
        <translation>关闭写方向</translation>
    </message>
    <message>
        <source>shutdown(SHUT_WR): sends FIN (a half-close); the socket can still read.</source>
        <translation>shutdown(SHUT_WR)：发送 FIN（半关闭）；套接字仍可读取。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Abort (RST)</source>
        <translation>中止（RST）</translation>
    </message>
    <message>
        <source>SO_LINGER 0, then close: the kernel sends RST and forgets the connection.</source>
        <translation>SO_LINGER 0，然后 close：内核发送 RST 并丢弃该连接。</translation>
    </message>
    <message>
        <source>Buffers (receive, send):</source>
        <translation>缓冲区（接收，发送）：</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Could not listen: %1</source>
        <translation>无法监听：%1</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <source>The lab holds no socket for it (not accepted yet, closed or aborted): the kernel&apos;s view is followed, nothing can be done to it.</source>
        <translation>实验室没有持有它的套接字（尚未被接受、已关闭或已中止）：只跟踪内核中的状态，无法对它执行操作。</translation>
    </message>
</context>
<context>
    <name>tsl::LiveLabPanel</name>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>场景：</translation>
    </message>
    <message>
        <source>Poll every:</source>
        <translation>轮询间隔：</translation>
    </message>
    <message>
        <source>Reach and hold</source>
        <translation>到达并保持</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>释放</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Real sockets on loopback (127.0.0.1 and ::1 only), their states read from the kernel.</source>
        <translation>回环地址上的真实套接字（仅限 127.0.0.1 和 ::1），其状态从内核读取。</translation>
    </message>
    <message>
        <source>The lab cannot follow the kernel: %1</source>
        <translation>实验室无法跟踪内核：%1</translation>
    </message>
    <message>
        <source>Source: %1 (%2)</source>
        <translation>来源：%1（%2）</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>未能到达 %1：%2</translation>
    </message>
    <message>
        <source>%1 reached and held.</source>
        <translation>已到达并保持 %1。</translation>
    </message>
    <message>
        <source>Released.</source>
        <translation>已释放。</translation>
    </message>
    <message>
        <source>Scenario %1 failed: %2</source>
        <translation>场景 %1 失败：%2</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Server port:</source>
        <translation>服务器端口：</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>任意空闲端口</translation>
    </message>
    <message>
        <source>127.0.0.1 or ::1: lab sockets bind loopback only.</source>
        <translation>127.0.0.1 或 ::1：实验室套接字只绑定回环地址。</translation>
    </message>
    <message>
        <source>The port of the recipe&apos;s or scenario&apos;s listener.</source>
        <translation>配方或场景中监听套接字的端口。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Empties the log and takes the lab&apos;s tokens off the diagram (Ctrl+L). The lab goes on.</source>
        <translation>清空日志并从状态图上移除实验室的标记（Ctrl+L）。实验室继续运行。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Saves the log as CSV or JSON lines, with the fields of “lab run --json”.</source>
        <translation>将日志保存为 CSV 或 JSON 行，字段与“lab run --json”相同。</translation>
    </message>
    <message>
        <source>Log: ms since the run started, then the clock. The newest %1 lines are kept.</source>
        <translation>日志：自本次运行开始的毫秒数，然后是时钟时间。保留最新的 %1 行。</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV（*.csv）</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON 行（*.jsonl）</translation>
    </message>
    <message>
        <source>Export Log</source>
        <translation>导出日志</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>SYN flood: half-open (SYN_RECEIVED) %1 · dropped SYNs (clients left in SYN_SENT) %2 · established %3 of %4 · SYN cookies: %5</source>
        <translation>SYN 洪泛：半开连接（SYN_RECEIVED）%1 · 被丢弃的 SYN（停留在 SYN_SENT 的客户端）%2 · 已建立 %3/%4 · SYN cookies：%5</translation>
    </message>
    <message>
        <source>Reach and hold %1</source>
        <translation>到达并保持 %1</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>场景 %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stops waiting for the job: the lab lets its sockets go, the window is free at once.</source>
        <translation>不再等待该任务：实验室释放其套接字，窗口立即可用。</translation>
    </message>
    <message>
        <source>Cancelled: %1. The lab lets its sockets go.</source>
        <translation>已取消：%1。实验室释放其套接字。</translation>
    </message>
    <message>
        <source>Reaching %1 …</source>
        <translation>正在到达 %1 …</translation>
    </message>
    <message>
        <source>Running %1 …</source>
        <translation>正在运行 %1 …</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开启</translation>
    </message>
</context>
<context>
    <name>tsl::MainWindow</name>
    <message>
        <source>TCP State Lab</source>
        <translation>TCP 状态实验室</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export Diagram…</source>
        <translation>导出状态图(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy Diagram</source>
        <translation>复制状态图(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;lear Highlights</source>
        <translation>清除高亮(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Print (black on white)</source>
        <translation>打印（白底黑字）(&amp;P)</translation>
    </message>
    <message>
        <source>Mark Client and Server &amp;Paths</source>
        <translation>标出客户端和服务器路径(&amp;P)</translation>
    </message>
    <message>
        <source>Show &amp;RST and ABORT Edges</source>
        <translation>显示 RST 和 ABORT 边(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About TCP State Lab</source>
        <translation>关于 TCP 状态实验室(&amp;A)</translation>
    </message>
    <message>
        <source>Point at a state or an edge to see what it means; click to highlight it.</source>
        <translation>将鼠标指向状态或边即可查看其含义；单击可高亮显示。</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG vector image (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Diagram written to %1</source>
        <translation>状态图已写入 %1</translation>
    </message>
    <message>
        <source>Diagram copied to the clipboard (%1×%2 pixels).</source>
        <translation>状态图已复制到剪贴板（%1×%2 像素）。</translation>
    </message>
    <message>
        <source>About TCP State Lab</source>
        <translation>关于 TCP 状态实验室</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TCP State Lab %1&lt;/h3&gt;&lt;p&gt;TCP&apos;s eleven connection states (RFC 9293), drawn as the classic diagram.&lt;/p&gt;&lt;p&gt;Point at any state or edge for an explanation; export the diagram as PNG, SVG or PDF for slides and handouts.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TCP 状态实验室 %1&lt;/h3&gt;&lt;p&gt;以经典状态图呈现 TCP 的十一种连接状态（RFC 9293）。&lt;/p&gt;&lt;p&gt;将鼠标指向任意状态或边即可查看解释；可将状态图导出为 PNG、SVG 或 PDF，用于幻灯片和讲义。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export &amp;Ladder Diagram…</source>
        <translation>导出时序图(&amp;L)…</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>模拟器</translation>
    </message>
    <message>
        <source>Export Ladder Diagram</source>
        <translation>导出时序图</translation>
    </message>
    <message>
        <source>Ladder diagram written to %1</source>
        <translation>时序图已写入 %1</translation>
    </message>
    <message>
        <source>Live Lab</source>
        <translation>实时实验室</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>观察</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Leave Presentation Mode</source>
        <translation>退出演示模式</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit Whole Diagram</source>
        <translation>显示完整状态图(&amp;F)</translation>
    </message>
    <message>
        <source>P&amp;anels</source>
        <translation>面板(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Live Lab Panel</source>
        <translation>实时实验室面板(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Watch Panel</source>
        <translation>观察面板(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Simulator Panel</source>
        <translation>模拟器面板(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Next Panel</source>
        <translation>下一个面板(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Panel</source>
        <translation>上一个面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Lab</source>
        <translation>实验室(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Reach and Hold the Chosen State</source>
        <translation>到达并保持所选状态(&amp;R)</translation>
    </message>
    <message>
        <source>R&amp;un the Chosen Scenario</source>
        <translation>运行所选场景(&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;lease the Held Sockets</source>
        <translation>释放保持的套接字(&amp;L)</translation>
    </message>
    <message>
        <source>Start or Stop &amp;Watching</source>
        <translation>开始或停止观察(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Simulator</source>
        <translation>模拟器(&amp;S)</translation>
    </message>
    <message>
        <source>Step &amp;Forward</source>
        <translation>前进一步(&amp;F)</translation>
    </message>
    <message>
        <source>Step &amp;Back</source>
        <translation>后退一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Play or Pause</source>
        <translation>播放或暂停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Reset to the Start</source>
        <translation>重置到开始(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>Presentation mode: Esc leaves. Ctrl+1, Ctrl+2, Ctrl+3 show or hide a panel; → steps the simulator.</source>
        <translation>演示模式：按 Esc 退出。Ctrl+1、Ctrl+2、Ctrl+3 显示或隐藏面板；→ 使模拟器前进一步。</translation>
    </message>
    <message>
        <source>Wire</source>
        <translation>线路</translation>
    </message>
    <message>
        <source>W&amp;ire Panel</source>
        <translation>线路面板(&amp;I)</translation>
    </message>
    <message>
        <source>Presentation mode: Esc leaves. Ctrl+1 … Ctrl+4 show or hide a panel; → steps the simulator.</source>
        <translation>演示模式：按 Esc 退出。Ctrl+1 … Ctrl+4 显示或隐藏面板；→ 让模拟器前进一步。</translation>
    </message>
    <message>
        <source>State × Segment &amp;Explorer…</source>
        <translation>状态 × 报文段探索器(&amp;E)…</translation>
    </message>
    <message>
        <source>Diagram as a &amp;Table…</source>
        <translation>以表格显示状态图(&amp;T)…</translation>
    </message>
    <message>
        <source>Space steps the simulator when its panel is in front; on an edge, it follows the edge.</source>
        <translation>当模拟器面板在前台时，空格键让模拟器前进一步；在边上时，沿着这条边前进。</translation>
    </message>
    <message>
        <source>Export &amp;Animation…</source>
        <translation>导出动画(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Open Exercise…</source>
        <translation>打开练习(&amp;O)…</translation>
    </message>
    <message>
        <source>Save E&amp;xercise…</source>
        <translation>保存练习(&amp;X)…</translation>
    </message>
    <message>
        <source>Export Exercise &amp;Results…</source>
        <translation>导出练习结果(&amp;R)…</translation>
    </message>
    <message numerus="yes">
        <source>The Wire panel&apos;s session: %1, %n step(s)</source>
        <translation>
            <numerusform>Wire 面板的会话：%1，%n 步</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The simulator: %1, %n step(s)</source>
        <translation>
            <numerusform>模拟器：%1，%n 步</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Animation</source>
        <translation>导出动画</translation>
    </message>
    <message>
        <source>The Wire panel&apos;s session has no steps yet: run a scenario or make a call first.</source>
        <translation>Wire 面板的会话还没有步骤：请先运行场景或执行一次调用。</translation>
    </message>
    <message>
        <source>The simulator has no steps yet: load a scenario or take a step first.</source>
        <translation>模拟器还没有步骤：请先加载场景或执行一步。</translation>
    </message>
    <message>
        <source>Animation written to %1</source>
        <translation>动画已写入 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: a wire exercise needs the Wire panel, which this build does not have.</source>
        <translation>%1：线路练习需要线路面板，而此版本没有。</translation>
    </message>
    <message>
        <source>Exercise opened: press Forward (→) for the first question.</source>
        <translation>练习已打开：按“前进”（→）开始第一个问题。</translation>
    </message>
    <message>
        <source>Exercise “%1” opened: press Forward (→) for the first question.</source>
        <translation>练习“%1”已打开：按“前进”（→）开始第一个问题。</translation>
    </message>
    <message>
        <source>Open Exercise</source>
        <translation>打开练习</translation>
    </message>
    <message>
        <source>Exercises (*.json);;All files (*)</source>
        <translation>练习 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save Exercise</source>
        <translation>保存练习</translation>
    </message>
    <message>
        <source>Choose a scenario in the Wire panel first.</source>
        <translation>请先在线路面板中选择一个场景。</translation>
    </message>
    <message>
        <source>Exercises (*.json)</source>
        <translation>练习 (*.json)</translation>
    </message>
    <message>
        <source>Exercise written to %1</source>
        <translation>练习已写入 %1</translation>
    </message>
    <message>
        <source>Export Exercise Results</source>
        <translation>导出练习结果</translation>
    </message>
    <message>
        <source>No answers yet: switch Predict on in the Simulator or the Wire panel and answer a question first.</source>
        <translation>尚无答案：请先在模拟器或线路面板中打开“预测”并回答一个问题。</translation>
    </message>
</context>
<context>
    <name>tsl::PredictBox</name>
    <message>
        <source>Hint: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>Answer %1 (key %2)</source>
        <translation>回答 %1（按键 %2）</translation>
    </message>
    <message>
        <source>Export Exercise Results</source>
        <translation>导出练习结果</translation>
    </message>
    <message>
        <source>results.csv</source>
        <translation>results.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Before each step, predict the state a side will be in and the segment it will send</source>
        <translation>在每一步之前，预测一方将处于的状态以及它将发送的报文段</translation>
    </message>
    <message>
        <source>Results…</source>
        <translation>结果…</translation>
    </message>
    <message>
        <source>Export the results, one row per question, as CSV</source>
        <translation>将结果导出为 CSV，每个问题一行</translation>
    </message>
</context>
<context>
    <name>tsl::SimulatorPanel</name>
    <message>
        <source>⏮ Reset</source>
        <translation>⏮ 重置</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 后退</translation>
    </message>
    <message>
        <source>Forward ▶</source>
        <translation>前进 ▶</translation>
    </message>
    <message>
        <source>⏸ Pause</source>
        <translation>⏸ 暂停</translation>
    </message>
    <message>
        <source>⏵ Play</source>
        <translation>⏵ 播放</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Step %1 of %2   ·   t = %3 ms   ·   A: %4   ·   B: %5</source>
        <translation>第 %1 步，共 %2 步   ·   t = %3 毫秒   ·   A：%4   ·   B：%5</translation>
    </message>
    <message>
        <source>Press Forward to take the first step.</source>
        <translation>按“前进”执行第一步。</translation>
    </message>
    <message>
        <source>Take over (replaces the steps after this one):</source>
        <translation>手动操作（将替换此后的步骤）：</translation>
    </message>
    <message>
        <source>Deliver next</source>
        <translation>投递下一个</translation>
    </message>
    <message>
        <source>Deliver newest first</source>
        <translation>先投递最新的</translation>
    </message>
    <message>
        <source>Drop next</source>
        <translation>丢弃下一个</translation>
    </message>
    <message>
        <source>Duplicate next</source>
        <translation>复制下一个</translation>
    </message>
    <message>
        <source>Next timer</source>
        <translation>下一个计时器</translation>
    </message>
    <message>
        <source>%1: application…</source>
        <translation>%1：应用程序…</translation>
    </message>
    <message>
        <source>Listen (passive open)</source>
        <translation>监听（被动打开）</translation>
    </message>
    <message>
        <source>Connect (active open)</source>
        <translation>连接（主动打开）</translation>
    </message>
    <message>
        <source>Send 100 bytes</source>
        <translation>发送 100 字节</translation>
    </message>
    <message>
        <source>Shut down writing</source>
        <translation>关闭写方向</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Abort (RST)</source>
        <translation>中止（RST）</translation>
    </message>
    <message>
        <source>Craft a segment…</source>
        <translation>自制报文段…</translation>
    </message>
    <message>
        <source>What if this segment arrived? Choose flags, seq and ack relative to the receiver&apos;s window.</source>
        <translation>如果这个报文段到达会怎样？相对于接收方窗口选择标志位、seq 和 ack。</translation>
    </message>
    <message>
        <source>Which TCP the simulator plays: RFC 9293 as written, or Linux where the real kernel answers differently</source>
        <translation>模拟器扮演哪种 TCP：按原文的 RFC 9293，或在真实内核回答不同之处按 Linux</translation>
    </message>
    <message>
        <source>Your prediction: click an answer or press its number. Back leaves the question.</source>
        <translation>你的预测：点击一个答案或按其编号。“后退”离开该问题。</translation>
    </message>
    <message>
        <source>Predict: press Forward for the first question.</source>
        <translation>预测：按“前进”开始第一个问题。</translation>
    </message>
</context>
<context>
    <name>tsl::SocketTableModel</name>
    <message>
        <source>%1 %2 s</source>
        <translation>%1 %2 秒</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>远端</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>定时器</translation>
    </message>
    <message>
        <source>Send-Q</source>
        <translation>发送队列</translation>
    </message>
    <message>
        <source>Recv-Q</source>
        <translation>接收队列</translation>
    </message>
</context>
<context>
    <name>tsl::UserGuideDialog</name>
    <message>
        <source>TCP State Lab — User Guide</source>
        <translation>TCP State Lab — 用户指南</translation>
    </message>
</context>
<context>
    <name>tsl::WatchPanel</name>
    <message>
        <source>Ports:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>e.g. 5000, 8080 (empty: every TCP socket)</source>
        <translation>例如 5000, 8080（留空：所有 TCP 套接字）</translation>
    </message>
    <message>
        <source>Sockets whose local or remote port is one of these; the kernel does the filtering.</source>
        <translation>本地或远端端口为其中之一的套接字；由内核进行过滤。</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>数据源：</translation>
    </message>
    <message>
        <source>automatic (the best this system has)</source>
        <translation>自动（本系统可用的最佳方式）</translation>
    </message>
    <message>
        <source>Poll every:</source>
        <translation>轮询间隔：</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>观察</translation>
    </message>
    <message>
        <source>Cannot read the kernel&apos;s TCP table: %1</source>
        <translation>无法读取内核的 TCP 表：%1</translation>
    </message>
    <message>
        <source>Source: %1 (%2)</source>
        <translation>数据源：%1（%2）</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>数据源：%1</translation>
    </message>
    <message>
        <source>Reading the TCP table failed: %1</source>
        <translation>读取 TCP 表失败：%1</translation>
    </message>
    <message>
        <source>Watching every TCP socket.</source>
        <translation>正在观察所有 TCP 套接字。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>处于 %1</translation>
    </message>
    <message>
        <source>appeared in %1</source>
        <translation>出现，处于 %1</translation>
    </message>
    <message>
        <source>left the table (was %1)</source>
        <translation>已离开内核表（原为 %1）</translation>
    </message>
    <message>
        <source>(passed unseen between two polls: %1)</source>
        <translation>（在两次轮询之间经过，未被观察到：%1）</translation>
    </message>
    <message>
        <source>No sockets.</source>
        <translation>没有套接字。</translation>
    </message>
    <message>
        <source>Watching port %1.</source>
        <translation>正在观察端口 %1。</translation>
    </message>
    <message>
        <source>Watching ports %1.</source>
        <translation>正在观察端口 %1。</translation>
    </message>
    <message>
        <source>Sockets: %1 — %2</source>
        <translation>套接字：%1 — %2</translation>
    </message>
    <message>
        <source>Ctrl+L clears the log and the watch&apos;s tokens; the watch goes on.</source>
        <translation>Ctrl+L 清空日志并移除观察的标记；观察继续进行。</translation>
    </message>
    <message>
        <source>Watch any sockets on this machine: their states come from the kernel, poll by poll. The first %1 connections also appear on the diagram; beyond a few per state, one chip counts them all.</source>
        <translation>观察本机上的任意套接字：它们的状态逐次轮询从内核读取。前 %1 个连接也会显示在状态图上；同一状态上超过几个时，用一个计数标记汇总。</translation>
    </message>
    <message numerus="yes">
        <source>%n socket(s) in the table at the start: %1</source>
        <translation>
            <numerusform>开始时表中有 %n 个套接字：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The log keeps the newest %1 lines.</source>
        <translation>日志保留最新的 %1 行。</translation>
    </message>
</context>
<context>
    <name>tsl::WireLab</name>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 listener</source>
        <translation>%1 监听套接字</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>listen on %1</source>
        <translation>在 %1 上 listen</translation>
    </message>
    <message>
        <source>connect from %1</source>
        <translation>从 %1 connect</translation>
    </message>
    <message>
        <source>accept on %1</source>
        <translation>在 %1 上 accept</translation>
    </message>
    <message>
        <source>send on %1</source>
        <translation>在 %1 上发送</translation>
    </message>
    <message>
        <source>read on %1</source>
        <translation>在 %1 上读取</translation>
    </message>
    <message>
        <source>stop reading on %1</source>
        <translation>在 %1 上停止读取</translation>
    </message>
    <message>
        <source>shut down writing on %1</source>
        <translation>在 %1 上关闭写方向</translation>
    </message>
    <message>
        <source>close on %1</source>
        <translation>在 %1 上 close</translation>
    </message>
    <message>
        <source>abort on %1</source>
        <translation>在 %1 上中止</translation>
    </message>
    <message>
        <source>deliver segment %1</source>
        <translation>交付报文段 %1</translation>
    </message>
    <message>
        <source>drop segment %1</source>
        <translation>丢弃报文段 %1</translation>
    </message>
    <message>
        <source>duplicate segment %1</source>
        <translation>复制报文段 %1</translation>
    </message>
    <message>
        <source>deliver segment %1 out of order</source>
        <translation>乱序交付报文段 %1</translation>
    </message>
    <message>
        <source>release all</source>
        <translation>全部放行</translation>
    </message>
    <message>
        <source>The wire holds every segment.</source>
        <translation>线路扣住每个报文段。</translation>
    </message>
    <message>
        <source>The wire lets segments flow (after %1 ms).</source>
        <translation>线路让报文段通过（延迟 %1 毫秒）。</translation>
    </message>
    <message>
        <source>switch the wire&apos;s mode</source>
        <translation>切换线路模式</translation>
    </message>
    <message>
        <source>set the flow delay</source>
        <translation>设置通过延迟</translation>
    </message>
    <message>
        <source>craft a segment to %1</source>
        <translation>构造发往 %1 的报文段</translation>
    </message>
    <message>
        <source>set %1</source>
        <translation>设置 %1</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>步骤：%1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>%1 ms  setting %2 (applies to the next connection)</source>
        <translation>%1 毫秒  设置 %2（对下一个连接生效）</translation>
    </message>
    <message>
        <source>%1 ms  %2: %3 %4</source>
        <translation>%1 毫秒  %2：%3 %4</translation>
    </message>
    <message>
        <source>held</source>
        <translation>扣住</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已交付</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>已丢弃</translation>
    </message>
    <message>
        <source>duplicated</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>crafted</source>
        <translation>已构造</translation>
    </message>
    <message>
        <source>%1 ms  #%2 %3→%4 %5 seq=%6 ack=%7 len=%8 — %9</source>
        <translation>%1 毫秒  #%2 %3→%4 %5 seq=%6 ack=%7 len=%8 — %9</translation>
    </message>
    <message>
        <source> (retransmission)</source>
        <translation>（重传）</translation>
    </message>
    <message>
        <source>%1 ms  %2 %3: %4 → %5</source>
        <translation>%1 毫秒  %2 %3：%4 → %5</translation>
    </message>
    <message>
        <source>%1 ms  %2</source>
        <translation>%1 毫秒  %2</translation>
    </message>
    <message>
        <source>the private network is not running</source>
        <translation>私有网络未在运行</translation>
    </message>
</context>
<context>
    <name>tsl::WirePanel</name>
    <message>
        <source>&lt;b&gt;The private network is not available here.&lt;/b&gt;&lt;br&gt;Why: %1&lt;br&gt;How to allow it: %2&lt;br&gt;Everything else works: the Simulator panel (Ctrl+3) plays the same scenarios.</source>
        <translation>&lt;b&gt;此处无法使用私有网络。&lt;/b&gt;&lt;br&gt;原因：%1&lt;br&gt;如何允许：%2&lt;br&gt;其他功能均可使用：模拟器面板（Ctrl+3）可播放相同的场景。</translation>
    </message>
    <message>
        <source>see the reason</source>
        <translation>见原因</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Wire — ladder</source>
        <translation>线路 — 梯形图</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>场景：</translation>
    </message>
    <message>
        <source>(by hand)</source>
        <translation>（手动）</translation>
    </message>
    <message>
        <source>The scenarios of `net run`: each starts on a fresh private network and plays one step per Next.</source>
        <translation>`net run` 的场景：每个都在全新的私有网络上开始，每按一次“下一步”执行一步。</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Plays the scenario&apos;s next step</source>
        <translation>执行场景的下一步</translation>
    </message>
    <message>
        <source>Run to end</source>
        <translation>运行到结束</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>A fresh private network: new sockets, an empty wire and ladder</source>
        <translation>全新的私有网络：新的套接字、空的线路和梯形图</translation>
    </message>
    <message>
        <source>Host A (192.0.2.1)</source>
        <translation>主机 A（192.0.2.1）</translation>
    </message>
    <message>
        <source>Host B (192.0.2.2)</source>
        <translation>主机 B（192.0.2.2）</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>监听</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Connects to the other host&apos;s port 5000</source>
        <translation>连接到另一台主机的端口 5000</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>停止读取</translation>
    </message>
    <message>
        <source>A small receive buffer nobody reads: the window closes</source>
        <translation>一个没人读取的小接收缓冲区：窗口会关闭</translation>
    </message>
    <message>
        <source>Shut down writing</source>
        <translation>关闭写方向</translation>
    </message>
    <message>
        <source>shutdown(SHUT_WR): a FIN, the socket still reads</source>
        <translation>shutdown(SHUT_WR)：发送 FIN，套接字仍可读取</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>SO_LINGER 0 and close: a RST</source>
        <translation>SO_LINGER 0 后 close：发送 RST</translation>
    </message>
    <message>
        <source>Craft a segment…</source>
        <translation>构造报文段…</translation>
    </message>
    <message>
        <source>Sends a segment of your own into %1 from the wire</source>
        <translation>从线路向 %1 发送一个自己构造的报文段</translation>
    </message>
    <message>
        <source>The wire</source>
        <translation>线路</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>扣住</translation>
    </message>
    <message>
        <source>Every segment waits on the wire until you deliver or drop it</source>
        <translation>每个报文段都在线路上等待，直到你交付或丢弃它</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>放行</translation>
    </message>
    <message>
        <source>Segments pass by themselves after the delay</source>
        <translation>报文段在延迟后自动通过</translation>
    </message>
    <message>
        <source>Flow mode: how long each segment waits before it passes</source>
        <translation>放行模式：每个报文段通过前等待的时间</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>交付</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>乱序</translation>
    </message>
    <message>
        <source>The next held segment overtakes this one</source>
        <translation>下一个被扣住的报文段超过这个</translation>
    </message>
    <message>
        <source>Release all</source>
        <translation>全部放行</translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation>梯形图</translation>
    </message>
    <message>
        <source>Bigger…</source>
        <translation>放大…</translation>
    </message>
    <message>
        <source>The ladder in a window of its own</source>
        <translation>在单独窗口中显示梯形图</translation>
    </message>
    <message>
        <source>Kernel settings</source>
        <translation>内核设置</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Setting:</source>
        <translation>设置：</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Settings belong to the private network only (both hosts) and apply to the next connection.</source>
        <translation>这些设置只属于私有网络（两台主机），对下一个连接生效。</translation>
    </message>
    <message>
        <source>Export capture (pcap)…</source>
        <translation>导出抓包（pcap）…</translation>
    </message>
    <message>
        <source>Export ladder…</source>
        <translation>导出梯形图…</translation>
    </message>
    <message>
        <source>A retransmission: the sender&apos;s timer fired</source>
        <translation>重传：发送方的定时器已触发</translation>
    </message>
    <message>
        <source>By hand: use the hosts&apos; buttons and the wire&apos;s chips.</source>
        <translation>手动：使用主机的按钮和线路上的报文段。</translation>
    </message>
    <message>
        <source>%1: done (%2 steps).</source>
        <translation>%1：完成（%2 步）。</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1 步，共 %2 步：%3</translation>
    </message>
    <message>
        <source>A segment needs at least one flag.</source>
        <translation>报文段至少需要一个标志。</translation>
    </message>
    <message>
        <source>Export the capture</source>
        <translation>导出抓包</translation>
    </message>
    <message>
        <source>Packet captures (*.pcap)</source>
        <translation>抓包文件 (*.pcap)</translation>
    </message>
    <message>
        <source>Wrote %1 (opens in Wireshark and tshark).</source>
        <translation>已写入 %1（可用 Wireshark 和 tshark 打开）。</translation>
    </message>
    <message>
        <source>Export the ladder</source>
        <translation>导出梯形图</translation>
    </message>
    <message>
        <source>Images (*.png *.svg *.pdf)</source>
        <translation>图像 (*.png *.svg *.pdf)</translation>
    </message>
    <message>
        <source>The real kernel, one segment at a time</source>
        <translation>真实内核，一次一个报文段</translation>
    </message>
    <message>
        <source>Two Linux TCP stacks in a private network; every segment held on the wire.</source>
        <translation>私有网络中的两个 Linux TCP 协议栈；每个报文段都在线路上被扣住。</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>How many bytes Send writes</source>
        <translation>“发送”写入的字节数</translation>
    </message>
    <message>
        <source>Simulator as twin</source>
        <translation>模拟器作为孪生</translation>
    </message>
    <message>
        <source>Runs the simulator alongside the real kernel, fed the same calls and wire actions: its states are drawn as outlined ghosts beside the kernel&apos;s tokens, and every step where the two disagree (state or answer) is marked on the ladder — hover a mark for why.</source>
        <translation>让模拟器与真实内核并行运行，输入相同的调用和线路操作：它的状态以带轮廓的幽灵标记画在内核标记旁边，两者不一致（状态或应答）的每一步都会在梯形图上标出——将鼠标悬停在标记上查看原因。</translation>
    </message>
    <message>
        <source>The rules the twin plays: RFC 9293 (the textbook) shows where Linux parts from it; Linux should agree with the kernel everywhere.</source>
        <translation>孪生所遵循的规则：RFC 9293（教科书）显示 Linux 与之不同之处；Linux 应在所有地方与内核一致。</translation>
    </message>
    <message>
        <source>Held segments. Enter delivers, Delete drops, D duplicates, O delivers out of order, R releases all. Drag a chip onto its receiving host to deliver it, or onto a button below.</source>
        <translation>被扣留的报文段。Enter 投递，Delete 丢弃，D 复制，O 乱序投递，R 全部放行。把报文段拖到它的接收主机上即可投递，或拖到下方的按钮上。</translation>
    </message>
</context>
<context>
    <name>tsl::WireTwin</name>
    <message>
        <source>Simulator as twin on (%1): the session so far replayed</source>
        <translation>模拟器孪生已开启（%1）：已重放目前为止的会话</translation>
    </message>
    <message>
        <source>sim %1</source>
        <translation>模拟 %1</translation>
    </message>
    <message>
        <source>Twin (%1) differs at ladder row %2: %3</source>
        <translation>孪生（%1）在梯形图第 %2 行不同：%3</translation>
    </message>
    <message>
        <source>Twin (%1) agrees with the kernel</source>
        <translation>孪生（%1）与内核一致</translation>
    </message>
    <message>
        <source>Twin (%1): 1 step differs — see the mark on the ladder</source>
        <translation>孪生（%1）：1 步不同——见梯形图上的标记</translation>
    </message>
    <message>
        <source>Twin (%1): %2 steps differ — see the marks on the ladder</source>
        <translation>孪生（%1）：%2 步不同——见梯形图上的标记</translation>
    </message>
</context>
</TS>
