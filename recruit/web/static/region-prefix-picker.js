// Campaign regions: narrows the city list to the chosen province and the county list to the
// chosen city (the page's grouped selects work on their own without JavaScript).
(function () {
  "use strict";
  var province = document.getElementById("region_province");
  var city = document.getElementById("region_city");
  var county = document.getElementById("region_county");
  if (!province || !city || !county) { return; }
  function collect(select, parentAttr) {
    return Array.prototype.map.call(select.querySelectorAll("option[value]"), function (o) {
      return { code: o.value, name: o.textContent, parent: o.getAttribute(parentAttr) };
    }).filter(function (o) { return o.code; });
  }
  var cities = collect(city, "data-province");
  var counties = collect(county, "data-city");
  function fill(select, items, parent, blank) {
    select.innerHTML = "";
    var first = document.createElement("option");
    first.value = ""; first.textContent = blank;
    select.appendChild(first);
    items.forEach(function (o) {
      if (parent && o.parent === parent) {
        var option = document.createElement("option");
        option.value = o.code; option.textContent = o.name;
        select.appendChild(option);
      }
    });
  }
  function fillCounties() {
    fill(county, counties, city.value, city.value ? "不限（整个城市）" : "请先选择城市");
  }
  function fillCities() {
    fill(city, cities, province.value, province.value ? "不限（整个省份）" : "请先选择省份");
    fillCounties();
  }
  province.addEventListener("change", fillCities);
  city.addEventListener("change", fillCounties);
  fillCities();
}());
