// Front desk: scan the customer's pickup QR live where the browser can (BarcodeDetector: Chrome on Android, ChromeOS,
// macOS); everywhere else the "photograph the QR" button sends a picture that the server reads.
(function () {
  // the running number has 4 to 6 digits (OrderNumbers: %04d of a sequence that wraps at 999,999), as on the server
  var QR = /^CAKEFLOW-PICKUP:(CF-\d{8}-\d{4,6}):(\d{6})$/;

  function go(text) {
    var m = QR.exec(text);
    if (m) { window.location.href = '/frontdesk/pickup/' + m[1] + '?code=' + m[2]; }
    return !!m;
  }

  function scanLive() {
    var video = document.getElementById('scanner-video');
    document.getElementById('scanner').hidden = false;
    var detector = new window.BarcodeDetector({ formats: ['qr_code'] });
    navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }).then(function (stream) {
      video.srcObject = stream;
      video.play();
      var timer = setInterval(function () {
        detector.detect(video).then(function (codes) {
          for (var i = 0; i < codes.length; i++) {
            if (go(codes[i].rawValue)) {
              clearInterval(timer);
              stream.getTracks().forEach(function (t) { t.stop(); });
            }
          }
        }).catch(function () {});
      }, 300);
    }).catch(function () { document.getElementById('scanner').hidden = true; });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var live = document.getElementById('scan-live');
    if (live && 'BarcodeDetector' in window && navigator.mediaDevices) {
      live.hidden = false;
      live.addEventListener('click', scanLive);
    }
  });
})();
