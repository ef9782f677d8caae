(()=>{const s=navigator.serviceWorker;if(!s)return;try{if(localStorage.getItem('smp:offline'))return}catch{}
if(!s.controller&&navigator.connection&&navigator.connection.saveData)return;
const g=()=>s.register('/sw.js').then(r=>{const u=()=>{const b=document.querySelector('[data-update-inhalt]');if(b&&r.waiting&&s.controller){b.hidden=!1;b.lastElementChild.onclick=()=>{s.oncontrollerchange=()=>location.reload();if(r.waiting)r.waiting.postMessage({type:'aktivieren'});else location.reload()}}};if(r){u();r.onupdatefound=()=>r.installing?.addEventListener('statechange',u)}},()=>{});
addEventListener('load',()=>setTimeout(()=>(self.requestIdleCallback||setTimeout)(g),4e3))})();
