// A minimal API stand-in for the overhead benchmark: fixed answers, no work. Runs in its own process.
import { createServer } from "node:http";

const created = JSON.stringify({ code: 200, msg: "success", data: { taskId: "bench-task", recordId: "bench-task" } });
const record = JSON.stringify({
  code: 200,
  msg: "success",
  data: {
    taskId: "bench-task",
    model: "wan/2-2-a14b-image-to-video-turbo",
    state: "success",
    param: '{"model":"wan/2-2-a14b-image-to-video-turbo","input":{"prompt":"p","image_url":"u"}}',
    resultJson: '{"resultUrls":["https://files.test/bench.mp4"]}',
    failCode: null,
    failMsg: null,
    costTime: 3,
    completeTime: 1700000003000,
    createTime: 1700000000000,
  },
});
const server = createServer((request, response) => {
  request.resume();
  request.on("end", () => {
    response.writeHead(200, { "content-type": "application/json" });
    response.end(request.method === "POST" ? created : record);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => process.send?.({ port: server.address().port }));
