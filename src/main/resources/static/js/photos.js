// Photos from the staff app's camera are shrunk on the phone before they are sent (a 12-megapixel picture is ~5 MB;
// 1600 px JPEG ~300 KB): the chosen file of every <input type=file data-shrink> is replaced by the smaller one.
(function () {
  var MAX = 1600;

  function shrink(file) {
    return new Promise(function (resolve) {
      if (!file || !file.type.startsWith('image/')) { resolve(file); return; }
      var img = new Image();
      img.onload = function () {
        var scale = Math.min(1, MAX / Math.max(img.width, img.height));
        var canvas = document.createElement('canvas');
        canvas.width = Math.round(img.width * scale);
        canvas.height = Math.round(img.height * scale);
        canvas.getContext('2d').drawImage(img, 0, 0, canvas.width, canvas.height);
        canvas.toBlob(function (blob) {
          resolve(blob ? new File([blob], 'photo.jpg', { type: 'image/jpeg' }) : file);
        }, 'image/jpeg', 0.85);
        URL.revokeObjectURL(img.src);
      };
      img.onerror = function () { resolve(file); };
      img.src = URL.createObjectURL(file);
    });
  }

  document.addEventListener('change', function (e) {
    var input = e.target;
    if (!input.matches || !input.matches('input[type=file][data-shrink]') || !input.files.length || input.dataset.shrunk === 'yes') { return; }
    shrink(input.files[0]).then(function (smaller) {
      var files = new DataTransfer();
      files.items.add(smaller);
      input.dataset.shrunk = 'yes';
      input.files = files.files;
      input.dataset.shrunk = '';
      if (input.dataset.submit !== undefined) { input.form.submit(); }
    });
  });

  window.CakeFlowPhotos = { shrink: shrink };
})();
