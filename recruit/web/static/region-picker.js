// Province → city → county picker over the plain <select name="region_code"> the page renders
// (which works on its own without JavaScript): filters its options by the chosen province and city.
(function () {
  "use strict";
  var root = document.getElementById("region-cascade");
  var place = document.getElementById("region_code");
  if (!root || !place) { return; }
  var province = document.getElementById("region_province");
  var city = document.getElementById("region_city");
  var all = Array.prototype.map.call(place.querySelectorAll("option[value]"), function (o) {
    return { code: o.value, name: o.getAttribute("data-name") || o.textContent, selected: o.selected };
  }).filter(function (o) { return o.code; });
  var cityNames = {};
  Array.prototype.forEach.call(place.querySelectorAll("optgroup"), function (g) {
    cityNames[g.getAttribute("data-city")] = g.getAttribute("data-city-name");
  });

  function option(value, text, selected) {
    var o = document.createElement("option");
    o.value = value; o.textContent = text; o.selected = !!selected;
    return o;
  }
  function fillCities(selected) {
    city.innerHTML = "";
    city.appendChild(option("", "请选择城市"));
    Object.keys(cityNames).sort().forEach(function (code) {
      if (code.slice(0, 2) === province.value) {
        city.appendChild(option(code, cityNames[code], code === selected));
      }
    });
  }
  function fillPlaces(selected) {
    place.innerHTML = "";
    place.appendChild(option("", city.value ? "请选择区县" : "请先选择省份和城市"));
    var matches = all.filter(function (o) { return city.value && o.code.slice(0, 4) === city.value; });
    matches.forEach(function (o) { place.appendChild(option(o.code, o.name, o.code === selected)); });
    if (matches.length === 1) { place.value = matches[0].code; }  // 东莞, 中山, 儋州, 嘉峪关: the city itself
  }
  var current = all.filter(function (o) { return o.selected; })[0];
  if (current) { province.value = current.code.slice(0, 2); }
  fillCities(current ? current.code.slice(0, 4) : "");
  fillPlaces(current ? current.code : "");
  province.addEventListener("change", function () { fillCities(""); fillPlaces(""); });
  city.addEventListener("change", function () { fillPlaces(""); });
  root.hidden = false;
}());
